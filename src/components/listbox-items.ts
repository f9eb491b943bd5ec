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
