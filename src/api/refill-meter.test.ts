import { describe, expect, it } from 'vitest';
import { refillMeter } from './refill-meter';

// A bucket of 50 refilled at 16 tokens a second: what the meter reads from `remaining` over time.

describe('refillMeter', () => {
  it('gives nothing within the first half second, then the refill rate, erring one token slow', () => {
    const meter = refillMeter();
    expect(meter.sample(0, 40, 50, true)).toBeUndefined();
    for (let i = 1; i < 30; i++) expect(meter.sample(i * 10, 39, 50, true)).toBeUndefined();
    expect(meter.sample(499, 39, 50, false)).toBeUndefined();
    // 2 s later: 32 tokens came and the 30 answers since the start spent 30: 40 + 32 − 30 = 42.
    expect(meter.sample(2000, 42, 50, true)).toBeCloseTo((32 - 1) / 2, 5);
  });

  it('waits for 8 tokens to have come, however long that takes (others may spend the same bucket)', () => {
    const meter = refillMeter();
    meter.sample(0, 10, 50, true);
    for (let i = 1; i <= 5; i++) expect(meter.sample(i * 100, 6, 50, true)).toBeUndefined();
    // 1.5 s: 3 tokens gained since the start (7 − 10 + the 6 answers' tokens).
    expect(meter.sample(1500, 7, 50, true)).toBeUndefined();
    // 3 s: 9 gained (12 − 10 + 7).
    expect(meter.sample(3000, 12, 50, true)).toBeCloseTo((9 - 1) / 3, 5);
  });

  it('does not count a 429 as a spent token', () => {
    const meter = refillMeter();
    meter.sample(0, 10, 50, true);
    expect(meter.sample(400, 0, 50, false)).toBeUndefined();
    // 1 s: 16 tokens came; the 429 took none, the last answer one: 10 + 16 − 1 = 25.
    expect(meter.sample(1000, 25, 50, true)).toBeCloseTo(16 - 1, 5);
  });

  it('starts over when the bucket is (nearly) full, since a full bucket stops refilling', () => {
    const meter = refillMeter();
    meter.sample(0, 10, 50, true);
    expect(meter.sample(5000, 49, 50, true)).toBeUndefined();
    expect(meter.sample(5100, 30, 50, true)).toBeUndefined();
    // 1 s from the new start: 16 came, 1 spent: 30 + 16 − 1 = 45 (from the old start it would read 5.6/s).
    expect(meter.sample(6100, 45, 50, true)).toBeCloseTo(16 - 1, 5);
  });
});
