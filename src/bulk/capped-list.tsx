import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

const count = new Intl.NumberFormat('en');
/** Thousands of rows in a dialog would freeze it: the first ones are listed, the rest counted. */
const shown = 200;

type Props<T> = { label: string; items: readonly T[]; keyOf(item: T): string; render(item: T): ReactNode };

/** A labelled, scrolling list of at most 200 items with "and N more". */
export function CappedList<T>({ label, items, keyOf, render }: Props<T>) {
  if (items.length === 0) return null;
  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {label} ({count.format(items.length)})
      </Typography>
      <Box
        component="ul"
        aria-label={label}
        sx={{ maxHeight: 220, overflow: 'auto', overflowWrap: 'anywhere', pl: 2.5, my: 0.5 }}
      >
        {items.slice(0, shown).map((item) => (
          <li key={keyOf(item)}>
            <Typography variant="body2">{render(item)}</Typography>
          </li>
        ))}
      </Box>
      {items.length > shown && (
        <Typography variant="caption" color="text.secondary">
          and {count.format(items.length - shown)} more
        </Typography>
      )}
    </Box>
  );
}
