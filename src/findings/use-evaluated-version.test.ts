import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEvaluatedVersion } from './use-evaluated-version';

describe('useEvaluatedVersion', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows every version outside a read', () => {
    const { result, rerender } = renderHook(({ version }) => useEvaluatedVersion(version, false, 5000), { initialProps: { version: 1 } });
    rerender({ version: 2 });
    expect(result.current).toBe(2);
    rerender({ version: 3 });
    expect(result.current).toBe(3);
  });

  it('during a read, takes the first new version at once, then at most one per interval, then the last at the end', () => {
    const { result, rerender } = renderHook(({ version, reading }) => useEvaluatedVersion(version, reading, 5000), {
      initialProps: { version: 1, reading: true },
    });
    rerender({ version: 2, reading: true });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(2);
    // Pages keep arriving: nothing new is evaluated until 5 s after the last evaluation.
    act(() => vi.advanceTimersByTime(1000));
    rerender({ version: 3, reading: true });
    act(() => vi.advanceTimersByTime(1000));
    rerender({ version: 4, reading: true });
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(4);
    // The read ends: its final version at once.
    rerender({ version: 5, reading: false });
    expect(result.current).toBe(5);
  });

  it('with an infinite interval (the tab counts), waits for the end of the read: no timer fires early', () => {
    const { result, rerender } = renderHook(({ version, reading }) => useEvaluatedVersion(version, reading, Number.POSITIVE_INFINITY), {
      initialProps: { version: 1, reading: true },
    });
    // Browsers run a timer longer than 2^31 - 1 ms at once: an "infinite" one would evaluate every page.
    rerender({ version: 2, reading: true });
    act(() => vi.advanceTimersByTime(10));
    rerender({ version: 3, reading: true });
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe(1);
    rerender({ version: 4, reading: false });
    expect(result.current).toBe(4);
  });
});
