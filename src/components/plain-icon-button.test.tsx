import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlainIconButton } from './plain-icon-button';

describe('PlainIconButton', () => {
  it('is a button named by its label that runs its action', async () => {
    const onClick = vi.fn();
    render(<PlainIconButton icon="edit" label="Edit grant for Billing on Orders API" title="Edit" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Edit grant for Billing on Orders API' });
    expect(button).toHaveAttribute('title', 'Edit');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('with a reason, is disabled and describes why to keyboard and screen-reader users', async () => {
    const onClick = vi.fn();
    render(<PlainIconButton icon="delete" label="Delete grant" title="Delete" reason="Needs the delete:client_grants scope" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Delete grant' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Needs the delete:client_grants scope');
    expect(button.parentElement).toHaveAttribute('title', 'Needs the delete:client_grants scope');
    await userEvent.click(button, { pointerEventsCheck: 0 });
    expect(onClick).not.toHaveBeenCalled();
  });
});
