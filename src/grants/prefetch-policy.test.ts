import { describe, expect, it } from 'vitest';
import type { PacingState } from '../api/pacer';
import { hasPrefetchHeadroom } from './prefetch-policy';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const idle = { interactive: 0, background: 0 };
const pacing = (state: Partial<PacingState>): PacingState => ({
  estimatedPerSecond: 2,
  capacity: 10,
  available: 10,
  queued: idle,
  headersVisible: false,
  ...state,
});

describe('hasPrefetchHeadroom', () => {
  it.each([
    ['the estimate with headers hidden, bucket nearly full', pacing({ available: 8 }), true],
    ['the estimate with 5 of 10 left', pacing({ available: 5 }), true],
    ['the estimate with 4 of 10 left', pacing({ available: 4 }), false],
    ['headers visible, plenty left', pacing({ capacity: 50, available: 40, headersVisible: true }), true],
    ['headers visible, a fifth left after the prefetch', pacing({ capacity: 50, available: 11, headersVisible: true }), true],
    ['headers visible, less than a fifth left after it', pacing({ capacity: 50, available: 10, headersVisible: true }), false],
    ['a free tenant with its 2-request bucket full is still too small', pacing({ capacity: 2, available: 2 }), false],
    ['empty', pacing({ capacity: 100, available: 0 }), false],
    ['requests already waiting for a slot', pacing({ queued: { interactive: 0, background: 1 } }), false],
    ['a 429 being waited out', pacing({ waitingUntil: NOW + 1000 }), false],
    ['a wait that is over', pacing({ waitingUntil: NOW - 1 }), true],
  ])('%s', (_name, state, expected) => {
    expect(hasPrefetchHeadroom(state, NOW)).toBe(expected);
  });
});
