import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '../app/theme';
import { TablePager } from './table-pager';

function renderPager(props: Partial<Parameters<typeof TablePager>[0]> = {}) {
  const onPageChange = vi.fn();
  const onRowsPerPageChange = vi.fn();
  render(
    <ThemeProvider theme={theme}>
      <TablePager
        count={10_000}
        page={0}
        rowsPerPage={25}
        rowsPerPageOptions={[10, 25, 50, 100]}
        onPageChange={onPageChange}
        onRowsPerPageChange={onRowsPerPageChange}
        {...props}
      />
    </ThemeProvider>,
  );
  return { onPageChange, onRowsPerPageChange };
}

function PagedHarness() {
  const [page, setPage] = useState(0);
  return (
    <ThemeProvider theme={theme}>
      <TablePager count={60} page={page} rowsPerPage={25} rowsPerPageOptions={[25]} onPageChange={setPage} onRowsPerPageChange={() => {}} />
    </ThemeProvider>
  );
}

describe('TablePager', () => {
  it('keeps the keyboard focus in the pager when the button used becomes disabled at either end', async () => {
    render(<PagedHarness />);
    const next = screen.getByRole('button', { name: 'Go to next page' });
    const previous = screen.getByRole('button', { name: 'Go to previous page' });
    next.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('26–50 of 60')).toBeVisible();
    expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('51–60 of 60')).toBeVisible();
    expect(next).toBeDisabled();
    expect(previous).toHaveFocus();
    await userEvent.keyboard('{Enter}{Enter}');
    expect(screen.getByText('1–25 of 60')).toBeVisible();
    expect(next).toHaveFocus();
  });

  it('says which rows are shown, and on the first page only goes forward', async () => {
    const { onPageChange } = renderPager();
    expect(screen.getByText('1–25 of 10,000')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(onPageChange).toHaveBeenCalledWith(1);
  });

  it('on the last page, a short one, only goes back', async () => {
    const { onPageChange } = renderPager({ count: 60, page: 2 });
    expect(screen.getByText('51–60 of 60')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(onPageChange).toHaveBeenCalledWith(1);
  });

  it('offers the rows-per-page choices in a labelled select', async () => {
    const { onRowsPerPageChange } = renderPager({ rowsPerPage: 25 });
    const select = screen.getByRole('combobox', { name: 'Rows per page:' });
    expect(select).toHaveValue('25');
    await userEvent.selectOptions(select, '100');
    expect(onRowsPerPageChange).toHaveBeenCalledWith(100);
  });

  it('with nothing to page through, says so and offers neither direction', () => {
    renderPager({ count: 0 });
    expect(screen.getByText('0–0 of 0')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  });
});
