import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { grant, fakeTenant, withConnection } from './bulk-test-kit';
import { DeleteGrantsDialog } from './delete-grants-dialog';

const labelOf = (g: ClientGrant) => `App ${g.id}`;

describe('DeleteGrantsDialog', () => {
  it('deletes only after the number of grants is typed, and reports each grant', async () => {
    const user = userEvent.setup();
    const selected = [grant('a', ['read']), grant('b', ['read']), grant('s', [], { is_system: true })];
    const tenant = fakeTenant(selected);
    // A colleague deleted b before this admin did.
    tenant.held.delete('b');
    render(
      withConnection(
        tenant.api,
        <DeleteGrantsDialog grants={selected} labelOf={labelOf} onClose={vi.fn()} />,
      ),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete grants' });
    expect(dialog).toHaveTextContent('1 system grant is skipped');
    const remove = within(dialog).getByRole('button', { name: 'Delete' });
    expect(remove).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '3');
    expect(remove).toBeDisabled();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '2');
    await user.click(remove);
    const results = await within(dialog).findByRole('list', { name: 'Results' });
    await within(dialog).findByRole('button', { name: 'Close' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['App a: Deleted', 'App b: Already deleted: Someone deleted it first']);
    expect(tenant.api.clientGrants.remove).toHaveBeenCalledTimes(1);
    expect(tenant.held.has('s')).toBe(true);
  });

  it("asks twice before deleting the dashboard's own grant, and deletes nothing on Cancel", async () => {
    const user = userEvent.setup();
    const own = grant('own', ['read:client_grants'], { client_id: 'dash', audience: 'https://acme.auth0.com/api/v2/' });
    // The same app's grant on another API is not what gives the dashboard its access.
    const elsewhere = grant('other', ['read'], { client_id: 'dash' });
    const tenant = fakeTenant([own, elsewhere]);
    const onClose = vi.fn();
    render(withConnection(tenant.api, <DeleteGrantsDialog grants={[own, elsewhere]} labelOf={labelOf} onClose={onClose} />, undefined, 'dash@clients'));
    const dialog = screen.getByRole('dialog', { name: 'Delete grants' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('(App own). With new tokens, the dashboard will no longer be able to list or read grants (read:client_grants)');
    expect(tenant.api.clientGrants.remove).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledWith(false);
    expect(tenant.held.size).toBe(2);
  });

  it('deletes once the second question is answered', async () => {
    const user = userEvent.setup();
    const own = grant('own', ['read:client_grants'], { client_id: 'dash', audience: 'https://acme.auth0.com/api/v2/' });
    const tenant = fakeTenant([own]);
    render(withConnection(tenant.api, <DeleteGrantsDialog grants={[own]} labelOf={labelOf} onClose={vi.fn()} />, undefined, 'dash@clients'));
    const dialog = screen.getByRole('dialog', { name: 'Delete grants' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 1 to confirm' }), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete my own access' }));
    await within(dialog).findByRole('list', { name: 'Results' });
    expect(tenant.held.size).toBe(0);
  });
});
