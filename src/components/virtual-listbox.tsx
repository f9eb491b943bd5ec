import { memo, useCallback, useMemo, useRef, type ElementType, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { AutocompleteRenderGroupParams } from '@mui/material/Autocomplete';
import ListSubheader from '@mui/material/ListSubheader';
import { useForkRef } from '@mui/material/utils';
import { useVirtualizer } from '@tanstack/react-virtual';
import { flattenListboxChildren, rangeAround, rowsOfOptions, type ListboxItem } from './listbox-items';
import { useHighlightedOption } from './use-highlighted-option';

type Props = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> };

// MUI's listbox pads 8 px above and below; the virtualizer counts it so offsets match the DOM's.
const LISTBOX_PADDING = 8;
const GROUP_HEIGHT = 48;
const OPTION_HEIGHT = 52;
// MUI moves the highlight by querying the DOM for the next option (5 at a time with Page Down): an option
// outside the rendered range counts as missing and is skipped, so a page or more stays rendered either side
// of the view and of the highlighted option (useHighlightedOption).
const OVERSCAN = 12;

/**
 * The Autocomplete props a virtual listbox needs: the listbox itself, and keyboard jumps (Home/End, wrapping)
 * left to the text field, since MUI looks for the target option in the DOM and one far outside the range is not there.
 */
export const virtualListboxProps = {
  slotProps: { listbox: { component: VirtualListbox } },
  disableListWrap: true,
  handleHomeEndKeys: false,
} as const;

/** What `renderGroup` returns for a virtual listbox: the group's data, flattened by the listbox itself. */
export const renderGroupAsData = (params: AutocompleteRenderGroupParams) => params as unknown as ReactNode;

/**
 * An Autocomplete listbox that renders only the options in view (plus a page either side). Thousands of
 * scopes or applications open as fast as ten: with every option rendered, the first opening was a long task
 * of over 100 ms. The scroller is the listbox (MUI scrolls it to the highlighted option); inside it, a list
 * padded above and below holds the rendered range in the document flow, so the `offsetTop` MUI reads is right.
 * Use through `virtualListboxProps`.
 */
export function VirtualListbox({ children, ref, style, ...props }: Props) {
  const items = useMemo(() => flattenListboxChildren(children), [children]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const handleRef = useForkRef(ref, scrollRef);
  // Open where the selected option is, so MUI finds it rendered and highlights it.
  const initialOffset = useMemo(() => offsetOfSelected(items), [items]);
  const rowOfOption = useMemo(() => rowsOfOptions(items), [items]);
  const highlighted = useHighlightedOption(props.id);
  const highlightedRow = highlighted === undefined ? undefined : rowOfOption.get(highlighted);
  const rangeExtractor = useCallback((range: Parameters<typeof rangeAround>[0]) => rangeAround(range, highlightedRow), [highlightedRow]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not run the React Compiler; this only says it would skip this hook
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'group' ? GROUP_HEIGHT : OPTION_HEIGHT),
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: OVERSCAN,
    rangeExtractor,
    paddingStart: LISTBOX_PADDING,
    paddingEnd: LISTBOX_PADDING,
    initialOffset,
    // The listbox is at most 40vh tall: render a screenful on the first pass instead of waiting for a measure.
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.4) },
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.start ?? 0;
  const last = rows.at(-1)?.end ?? 0;
  // The range is padded above and below inside the scroller (MUI's 8 px padding is counted by the virtualizer).
  const range = { margin: 0, padding: 0, listStyle: 'none', paddingTop: first, paddingBottom: Math.max(0, virtualizer.getTotalSize() - last) };
  return (
    <div ref={handleRef} {...props} style={{ ...style, padding: 0 }}>
      <ul role="presentation" style={range}>
        {rows.map((row) => {
          const item = items[row.index];
          return item && <VirtualRow key={row.key} item={item} index={row.index} measure={virtualizer.measureElement} />;
        })}
      </ul>
    </div>
  );
}

type RowProps = { item: ListboxItem; index: number; measure(node: Element | null): void };

// Memoized: the listbox re-renders with every highlight move (useHighlightedOption), and rows already
// rendered have the same item, index and measure; only rows entering the range render.
const VirtualRow = memo(function VirtualRow({ item, index, measure }: RowProps) {
  if (item.kind === 'group') {
    return (
      // Presentation: each option's own text names its group for a screen reader.
      <ListSubheader component="li" role="presentation" disableSticky data-index={index} ref={measure} sx={{ lineHeight: `${GROUP_HEIGHT}px` }}>
        {item.label}
      </ListSubheader>
    );
  }
  // The option as `renderOption` made it (MUI's props: id, role, handlers), told where it sits.
  const Option = item.element.type as ElementType;
  return <Option {...item.element.props} data-index={index} ref={measure} />;
});

function offsetOfSelected(items: ListboxItem[]): number {
  let offset = 0;
  for (const item of items) {
    if (item.kind === 'option' && item.selected) return offset;
    offset += item.kind === 'group' ? GROUP_HEIGHT : OPTION_HEIGHT;
  }
  return 0;
}
