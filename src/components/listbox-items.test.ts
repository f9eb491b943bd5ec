import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { flattenListboxChildren, rangeAround } from './listbox-items';

const option = (id: string, selected = false) => createElement('li', { key: id, id, role: 'option', 'aria-selected': selected }, id);

describe('flattenListboxChildren', () => {
  it('lists ungrouped options as they come, keyed by their own key', () => {
    const items = flattenListboxChildren([option('a'), option('b', true)]);
    expect(items.map((item) => [item.kind, item.key])).toEqual([
      ['option', 'a'],
      ['option', 'b'],
    ]);
    expect(items.map((item) => item.kind === 'option' && item.selected)).toEqual([false, true]);
  });

  it('puts each group heading before its options', () => {
    const items = flattenListboxChildren([
      { key: 0, group: 'Orders API', children: [option('read:orders'), option('write:orders')] },
      { key: 2, group: 'Shipping API', children: [option('read:labels')] },
    ]);
    expect(items.map((item) => (item.kind === 'group' ? `# ${String(item.label)}` : item.key))).toEqual([
      '# Orders API',
      'read:orders',
      'write:orders',
      '# Shipping API',
      'read:labels',
    ]);
  });

  it('keeps group keys apart from option keys', () => {
    const items = flattenListboxChildren([{ key: 'x', group: 'x', children: [option('x')] }]);
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
  });

  it('ignores what is neither an option nor a group', () => {
    expect(flattenListboxChildren([null, 'text', { key: 1 }])).toEqual([]);
    expect(flattenListboxChildren(undefined)).toEqual([]);
  });
});

describe('rangeAround', () => {
  const range = { startIndex: 20, endIndex: 25, overscan: 5, count: 100 };

  it('is TanStack Virtual’s range (the view and the overscan either side) without a highlight', () => {
    expect(rangeAround(range)).toEqual(Array.from({ length: 16 }, (_, i) => 15 + i));
  });

  it('stretches, in one run, to the overscan around a highlighted row near the view', () => {
    expect(rangeAround(range, 33)).toEqual(Array.from({ length: 24 }, (_, i) => 15 + i));
    expect(rangeAround(range, 8)).toEqual(Array.from({ length: 28 }, (_, i) => 3 + i));
  });

  it('leaves a far highlight to the scroll that follows it, and stays within the list', () => {
    expect(rangeAround(range, 90)).toEqual(rangeAround(range));
    expect(rangeAround({ startIndex: 0, endIndex: 3, overscan: 5, count: 6 }, 5)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
