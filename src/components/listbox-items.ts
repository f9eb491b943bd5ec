import { isValidElement, type Key, type ReactElement, type ReactNode } from 'react';

export type ListboxItem =
  | { kind: 'group'; key: Key; label: ReactNode }
  | { kind: 'option'; key: Key; element: ReactElement<Record<string, unknown>>; selected: boolean };

type GroupData = { key: Key; group: ReactNode; children?: ReactNode };

/**
 * The listbox's children as one flat list: Autocomplete passes options (elements from `renderOption`) or,
 * grouped, what `renderGroupAsData` returned for each group: a heading followed by its options.
 */
export function flattenListboxChildren(children: unknown): ListboxItem[] {
  const items: ListboxItem[] = [];
  for (const child of toArray(children)) {
    if (isValidElement(child)) items.push(option(child));
    else if (isGroup(child)) {
      items.push({ kind: 'group', key: `group:${String(child.key)}`, label: child.group });
      for (const inner of toArray(child.children)) if (isValidElement(inner)) items.push(option(inner));
    }
  }
  return items;
}

function option(element: ReactElement): ListboxItem {
  const props = element.props as Record<string, unknown>;
  return { kind: 'option', key: element.key ?? String(props.id), element: element as ReactElement<Record<string, unknown>>, selected: props['aria-selected'] === true };
}

function toArray(children: unknown): unknown[] {
  return Array.isArray(children) ? children : children == null ? [] : [children];
}

function isGroup(value: unknown): value is GroupData {
  return typeof value === 'object' && value !== null && 'group' in value && 'key' in value;
}

type Range = { startIndex: number; endIndex: number; overscan: number; count: number };

/**
 * The rows to render: the ones in view and `overscan` either side (TanStack Virtual's default), stretched to
 * reach `overscan` rows either side of the highlighted row when it is near (MUI is about to scroll there).
 * Always one contiguous run: the listbox pads above and below it and keeps the rows in the document flow.
 */
export function rangeAround(range: Range, highlighted?: number): number[] {
  let start = Math.max(0, range.startIndex - range.overscan);
  let end = Math.min(range.count - 1, range.endIndex + range.overscan);
  const near = highlighted !== undefined && highlighted >= start - 2 * range.overscan && highlighted <= end + 2 * range.overscan;
  if (near) {
    start = Math.max(0, Math.min(start, highlighted - range.overscan));
    end = Math.min(range.count - 1, Math.max(end, highlighted + range.overscan));
  }
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}

/** For each option (MUI's `data-option-index`), its row among the flattened items (groups take rows too). */
export function rowsOfOptions(items: ListboxItem[]): Map<number, number> {
  const rows = new Map<number, number>();
  items.forEach((item, row) => {
    const index = item.kind === 'option' ? item.element.props['data-option-index'] : undefined;
    if (typeof index === 'number') rows.set(index, row);
  });
  return rows;
}
