import { forwardRef } from 'react';
import IconButton, { type IconButtonProps } from '@mui/material/IconButton';

/**
 * TablePagination's previous/next button without MUI's Tooltip: the pointer rests on Next while
 * paging, and the open tooltip's Popper re-measured the page on every change (~10 ms of each page
 * turn). The same words stay its accessible name and its native title.
 */
export const PageNavButton = forwardRef<HTMLButtonElement, IconButtonProps>(function PageNavButton(
  { title, 'aria-label': ariaLabel, ...other },
  ref,
) {
  return <IconButton aria-label={ariaLabel ?? title} title={title} {...other} ref={ref} />;
});
