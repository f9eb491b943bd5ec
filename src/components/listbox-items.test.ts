import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { flattenListboxChildren } from './listbox-items';

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
