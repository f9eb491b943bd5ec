import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoppedWaitingError, STILL_WAITING_MS, useStillWaiting } from './use-still-waiting';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useStillWaiting', () => {
  it('says "slow" only after the delay, and stopping aborts the request with a reason the caller recognises', () => {
    const { result } = renderHook(() => useStillWaiting());
    let signal: AbortSignal | undefined;
    act(() => {
      signal = result.current.start();
    });
    expect(result.current.state).toBe('waiting');
    act(() => vi.advanceTimersByTime(STILL_WAITING_MS - 1));
    expect(result.current.state).toBe('waiting');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.state).toBe('slow');
    act(() => result.current.stop());
    expect(result.current.state).toBe('stopped');
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBeInstanceOf(StoppedWaitingError);
  });

  it('a write that ends in time never shows as slow', () => {
    const { result } = renderHook(() => useStillWaiting());
    act(() => void result.current.start());
    act(() => result.current.done());
    act(() => vi.advanceTimersByTime(STILL_WAITING_MS * 2));
    expect(result.current.state).toBe('idle');
  });
});
