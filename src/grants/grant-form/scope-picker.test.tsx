import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ResourceServerScope } from '../../api/resource-servers';
import { ScopePicker } from './scope-picker';

const scopes: ResourceServerScope[] = [
  { value: 'read:orders', description: 'Read orders' },
  { value: 'write:orders', description: 'Change orders' },
  { value: 'read:invoices', description: 'Read invoices' },
  { value: 'delete:invoices', description: 'Remove invoices' },
];

function Harness({ initial = [] as string[], disabled = false }) {
  const [value, setValue] = useState(initial);
  return <ScopePicker scopes={scopes} value={value} onChange={setValue} disabled={disabled} />;
}

const group = () => screen.getByRole('group', { name: 'Scopes' });

describe('ScopePicker', () => {
  it('lists every scope with its description and counts the selection', async () => {
    render(<Harness />);
    expect(within(group()).getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByText('Change orders')).toBeInTheDocument();
    expect(screen.getByText('0 of 4 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'write:orders' }));
    expect(screen.getByRole('checkbox', { name: 'write:orders' })).toBeChecked();
    expect(screen.getByText('1 of 4 selected')).toBeInTheDocument();
  });

  it('filters by value or description and renders only the matches', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), 'invoice');
    expect(
      within(group())
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label')),
    ).toEqual(['read:invoices', 'delete:invoices']);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Filter scopes' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), 'change');
    expect(within(group()).getAllByRole('checkbox')).toHaveLength(1);
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), 'zzz');
    expect(screen.getByText('No scope matches the filter.')).toBeInTheDocument();
  });

  it('Select all and Select none act on the filtered list only', async () => {
    render(<Harness initial={['write:orders']} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), 'invoices');
    await userEvent.click(screen.getByRole('button', { name: 'Select all 2 shown' }));
    expect(screen.getByText('3 of 4 selected · 2 shown')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect(screen.getByText('1 of 4 selected · 2 shown')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Filter scopes' }));
    expect(screen.getByRole('checkbox', { name: 'write:orders' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByText('4 of 4 selected')).toBeInTheDocument();
  });

  it('Enter in the filter box does not submit the surrounding form', async () => {
    let submitted = false;
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted = true;
        }}
      >
        <Harness />
        <button type="submit">Save</button>
      </form>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), 'read{Enter}');
    expect(submitted).toBe(false);
  });

  it('disabled: nothing can be ticked', () => {
    render(<Harness initial={['read:orders']} disabled />);
    expect(screen.getByRole('checkbox', { name: 'read:orders' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Select all' })).toBeDisabled();
  });
});

describe('ScopePicker with 1,000 scopes', () => {
  const many: ResourceServerScope[] = Array.from({ length: 1000 }, (_, i) => ({
    value: `scope:${String(i).padStart(4, '0')}`,
    description: `Scope number ${i}`,
  }));

  function Many() {
    const [value, setValue] = useState<string[]>([]);
    return <ScopePicker scopes={many} value={value} onChange={setValue} />;
  }

  it('renders only the rows in view; the filter reaches the others, and Select all takes all 1,000', async () => {
    render(<Many />);
    const boxes = within(group()).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes.length).toBeLessThan(40);
    expect(screen.queryByRole('checkbox', { name: 'scope:0999' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter scopes' }), '0999');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'scope:0999' }));
    expect(screen.getByText('1 of 1000 selected · 1 shown')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Filter scopes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByText('1000 of 1000 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'scope:0000' })).toBeChecked();
  });
});
