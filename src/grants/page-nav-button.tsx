import { forwardRef } from 'react';
import IconButton, { type IconButtonProps } from '@mui/material/IconButton';

/**
 * TablePagination's previous/next button without MUI's Tooltip and ripple: the pointer rests on Next
 * while paging, the open tooltip's Popper re-measured the page on every change, and the ripple's
 * getBoundingClientRect forced a layout of the new rows (~10 ms each, measured). The same words stay
 * its accessible name and its native title; hover and the keyboard focus ring are unchanged.
 */
export const PageNavButton = forwardRef<HTMLButtonElement, IconButtonProps>(function PageNavButton(
  { title, 'aria-label': ariaLabel, ...other },
  ref,
) {
  return <IconButton aria-label={ariaLabel ?? title} title={title} disableRipple {...other} ref={ref} />;
});
