import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { grant, fakeTenant, withConnection } from './bulk-test-kit';
import { ChangeScopesDialog } from './change-scopes-dialog';

const labelOf = (g: ClientGrant) => `App ${g.id}`;
const scopesOf = () => ['read', 'write', 'admin'];

function renderDialog(grants: ClientGrant[], scopes?: string[]) {
  const tenant = fakeTenant(grants);
  const onClose = vi.fn();
  render(
    withConnection(
      tenant.api,
      <ChangeScopesDialog grants={grants} labelOf={labelOf} scopesOf={scopesOf} onClose={onClose} />,
      scopes,
    ),
  );
  return { ...tenant, onClose, dialog: screen.getByRole('dialog', { name: 'Change scopes' }) };
}

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, scope: string) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: scope }));
}

afterEach(() => sessionStorage.clear());

describe('ChangeScopesDialog', () => {
  const selected = [
    grant('a', ['read', 'write']),
    grant('b', ['read']),
    grant('s', ['write'], { is_system: true }),
    grant('all', [], { allow_all_scopes: true }),
  ];

  it('keeps Apply disabled until something would change', async () => {
    const user = userEvent.setup();
    const { dialog } = renderDialog(selected);
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(dialog).toHaveTextContent('Nothing to change yet');
    await choose(user, 'Remove scopes', 'write');
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeEnabled();
  });

  it("previews each grant's change and lists the skipped grants with why", async () => {
    const user = userEvent.setup();
    const { dialog } = renderDialog(selected);
    await choose(user, 'Remove scopes', 'write');
    const preview = within(dialog).getByRole('list', { name: 'Preview' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['App a: removes write']);
    const skipped = within(dialog).getByRole('list', { name: 'Skipped' });
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'App b: Would not change',
      'App s: System grant: Auth0 manages it',
      'App all: Allows all scopes: edit it on its own',
    ]);
  });

  it('offers to add only scopes the APIs define, and skips every grant when the token may not edit', async () => {
    const user = userEvent.setup();
    const { dialog } = renderDialog([grant('a', ['read'])], ['read:client_grants']);
    await user.click(screen.getByRole('combobox', { name: 'Add scopes' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'admin',
      'read',
      'write',
    ]);
    await user.click(screen.getByRole('option', { name: 'write' }));
    expect(within(dialog).getByRole('list', { name: 'Skipped' })).toHaveTextContent(
      'App a: The token may not edit grants',
    );
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('applies, shows a result per grant, and Undo restores what the batch changed', async () => {
    const user = userEvent.setup();
    const { dialog, held, api } = renderDialog(selected);
    await choose(user, 'Remove scopes', 'write');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('1 of 4 changed, 3 skipped');
    expect(within(dialog).getByRole('list', { name: 'Results' })).toHaveTextContent(
      'App a: Changed: now holds read',
    );
    expect(held.get('a')?.scope).toEqual(['read']);
    expect(api.clientGrants.update).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: /^Undo/ }));
    await within(dialog).findByText(/1 undone/);
    expect(within(dialog).getByRole('list', { name: 'Results' })).toHaveTextContent('App a: Undone');
    expect(held.get('a')?.scope).toEqual(['read', 'write']);
  });

  it("asks twice before removing scopes the dashboard needs from its own grant", async () => {
    const user = userEvent.setup();
    const own = grant('own', ['read:client_grants', 'update:client_grants'], { client_id: 'dash', audience: 'https://acme.auth0.com/api/v2/' });
    const tenant = fakeTenant([own, grant('b', ['update:client_grants'])]);
    render(
      withConnection(
        tenant.api,
        <ChangeScopesDialog grants={[own, tenant.held.get('b')!]} labelOf={labelOf} scopesOf={scopesOf} onClose={vi.fn()} />,
        undefined,
        'dash@clients',
      ),
    );
    const dialog = screen.getByRole('dialog', { name: 'Change scopes' });
    await choose(user, 'Remove scopes', 'update:client_grants');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'This batch includes the grant that gives this dashboard its access to the tenant (App own). With new tokens, the dashboard will no longer be able to edit grants (update:client_grants).',
    );
    expect(tenant.api.clientGrants.update).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, change my own access' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('2 of 2 changed');
    expect(tenant.held.get('own')?.scope).toEqual(['read:client_grants']);
  });
});
