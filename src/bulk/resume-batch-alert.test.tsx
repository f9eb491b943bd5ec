import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJournal, newJournal, saveJournal } from './bulk-journal';
import { fakeTenant, grant, withConnection } from './bulk-test-kit';
import { ResumeBatchAlert } from './resume-batch-alert';

const owner = { domain: 'acme.auth0.com', subject: 'admin@clients' };
const labels = { labelOf: () => '', scopesOf: () => undefined };

afterEach(() => sessionStorage.clear());

describe('ResumeBatchAlert', () => {
  it('says what a reload interrupted, and Finish completes the batch from what the tenant holds', async () => {
    const user = userEvent.setup();
    // The batch had changed a and was about to change b when the page was reloaded.
    const tenant = fakeTenant([grant('a', ['y']), grant('b', ['x', 'y'])]);
    const journal = newJournal(
      owner,
      ['a', 'b'].map((id) => ({ id, label: `App ${id}`, before: ['x', 'y'], add: [], remove: ['x'] })),
      0,
    );
    journal.entries[0] = { ...journal.entries[0]!, status: 'changed', after: ['y'] };
    saveJournal(sessionStorage, journal);
    render(withConnection(tenant.api, <ResumeBatchAlert {...labels} />));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 of 2 changed before the page was reloaded; 1 not done yet.');
    await user.click(within(alert).getByRole('button', { name: 'Finish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change scopes' });
    expect(await within(dialog).findByRole('status')).toHaveTextContent('2 of 2 changed');
    expect(tenant.held.get('b')?.scope).toEqual(['y']);
    expect(loadJournal(sessionStorage, owner)?.entries.map((entry) => entry.status)).toEqual([
      'changed',
      'changed',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(loadJournal(sessionStorage, owner)).toBeUndefined();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers nothing when the journal holds no work and nothing to undo', () => {
    const { api } = fakeTenant([]);
    saveJournal(sessionStorage, { ...newJournal(owner, [], 0) });
    render(withConnection(api, <ResumeBatchAlert {...labels} />));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("offers a colleague connected in the same tab nothing of another subject's batch", () => {
    const { api } = fakeTenant([grant('a', ['x'])]);
    const journal = newJournal(
      owner,
      [{ id: 'a', label: 'App a', before: ['x'], add: [], remove: ['x'] }],
      0,
    );
    saveJournal(sessionStorage, journal);
    render(withConnection(api, <ResumeBatchAlert {...labels} />, undefined, 'colleague@clients'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Still there for the admin who ran it.
    expect(loadJournal(sessionStorage, owner)).toBeDefined();
  });
});
