import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { grant } from './bulk-test-kit';
import { SelectAllBanner } from './select-all-banner';
import { useSelection } from './use-selection';

describe('SelectAllBanner', () => {
  it('offers every matching grant once the page is ticked, and reads them into the selection', async () => {
    const user = userEvent.setup();
    const rows = [grant('a', []), grant('b', [])];
    const all = [...rows, grant('c', []), grant('d', []), grant('e', [])];
    const { result } = renderHook(() => useSelection());
    act(() => result.current.set(rows, true));
    const collect = vi.fn(async () => all);
    const { rerender } = render(
      <SelectAllBanner selection={result.current} rows={rows} total={5} collect={collect} />,
    );
    expect(screen.getByText('All 2 on this page are selected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all 5 that match' }));
    expect(collect).toHaveBeenCalledTimes(1);
    await waitFor(() => expect([...result.current.grants.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']));
    rerender(<SelectAllBanner selection={result.current} rows={rows} total={5} collect={collect} />);
    expect(screen.getByText('All 5 grants that match are selected.')).toBeInTheDocument();
  });

  it('stays away while the page is not wholly ticked', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.set([grant('a', [])], true));
    render(
      <SelectAllBanner
        selection={result.current}
        rows={[grant('a', []), grant('b', [])]}
        total={5}
        collect={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Select all/ })).not.toBeInTheDocument();
  });
});
