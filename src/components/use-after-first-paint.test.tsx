import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

function Probe({ name }: { name: string }) {
  return <p>{`${name}: ${useAfterFirstPaint() ? 'after' : 'before'}`}</p>;
}

describe('useAfterFirstPaint', () => {
  // One test: "painted" is once per page load, as in the app.
  it('is false in the first render, true in the task after the first frame, and at once for later mounts', async () => {
    const frames: FrameRequestCallback[] = [];
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    render(<Probe name="first" />);
    expect(screen.getByText('first: before')).toBeVisible();
    // The frame callback runs before that frame's paint: still before.
    act(() => frames[0]!(performance.now()));
    expect(screen.getByText('first: before')).toBeVisible();
    expect(await screen.findByText('first: after')).toBeVisible();
    render(<Probe name="later" />);
    expect(screen.getByText('later: after')).toBeVisible();
    expect(frames).toHaveLength(1);
    spy.mockRestore();
  });
});
