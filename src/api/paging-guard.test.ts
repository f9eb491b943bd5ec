import { describe, expect, it } from 'vitest';
import { describeError } from './errors';
import { CursorGuard, overrunSlack, PagingStopError, pagingStopText } from './paging-guard';

describe('CursorGuard', () => {
  it('lets a read go on while every cursor is new, and end on a page without one', () => {
    const guard = new CursorGuard({ total: 250 });
    expect(guard.page(100, 'a')).toBeUndefined();
    expect(guard.page(100, 'b')).toBeUndefined();
    expect(guard.page(50, undefined)).toBeUndefined();
    expect(guard.read).toBe(250);
  });

  it('stops on a cursor seen before, whether it repeats or points back', () => {
    const repeat = new CursorGuard();
    repeat.page(100, 'a');
    expect(repeat.page(100, 'a')).toEqual({ reason: 'repeated-cursor', read: 200 });
    const back = new CursorGuard({ total: 1500 });
    back.page(100, 'a');
    back.page(100, 'b');
    expect(back.page(100, 'a')).toEqual({ reason: 'repeated-cursor', read: 300, total: 1500 });
  });

  it('counts the cursor a resumed read starts from as seen, and the items read before it', () => {
    const guard = new CursorGuard({ start: 'x', read: 400, total: 1000 });
    expect(guard.page(100, 'x')).toEqual({ reason: 'repeated-cursor', read: 500, total: 1000 });
  });

  it('stops on an empty page that still has a cursor', () => {
    const guard = new CursorGuard();
    guard.page(100, 'a');
    expect(guard.page(0, 'b')).toEqual({ reason: 'empty-page', read: 100 });
  });

  it('stops once more items arrived than the total announced allows, with room for grants created meanwhile', () => {
    expect(overrunSlack(50)).toBe(100);
    expect(overrunSlack(10_000)).toBe(1_000);
    const guard = new CursorGuard({ total: 150 });
    expect(guard.page(100, 'a')).toBeUndefined();
    expect(guard.page(100, 'b')).toBeUndefined(); // 200: a colleague may have added 50
    expect(guard.page(100, 'c')).toEqual({ reason: 'overrun', read: 300, total: 150 });
  });

  it('stops a loop with ever-new cursors on the total, and without a total on a repeat only', () => {
    const guard = new CursorGuard({ total: 1500 });
    let stop;
    let pages = 0;
    while (!stop) stop = guard.page(100, `fresh-${pages++}`);
    expect(stop.reason).toBe('overrun');
    expect(pages).toBe(17); // 1,700 > 1,500 + 150
  });

  it('words each stop for people, and describeError uses it for a read that cannot be partial', () => {
    expect(pagingStopText({ reason: 'short', read: 300, total: 1500 }, 'grants')).toBe(
      'Reading stopped after 300 grants: the tenant’s pages ended after 300 of the 1,500 grants it counts.',
    );
    expect(pagingStopText({ reason: 'repeated-cursor', read: 200 }, 'grants')).toMatch(
      /page cursor it had already sent/,
    );
    const error = new PagingStopError({ reason: 'overrun', read: 1700, total: 1500 }, 'grants');
    expect(describeError(error)).toMatchObject({
      title: 'The tenant’s pages did not add up',
      detail:
        'Reading stopped after 1,700 grants: the tenant sent more grants (1,700) than it counted (1,500).',
    });
  });
});
