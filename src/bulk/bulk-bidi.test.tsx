import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClientGrant } from '../api/client-grants';
import { expectBidiRevealed } from '../components/bidi-expect';
import { BatchResults } from './batch-results';
import type { Journal } from './bulk-journal';
import { PlanPreview } from './plan-preview';
import { ScopeDeltaFields } from './scope-delta-fields';

// The bulk dialogs' lists name grants and scopes from the tenant: a right-to-left override shows as a marker.
const EVIL = '\u202Eevil.exe on Orders';
const SCOPE = 'read:\u202Etxt.exe';
const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'c_1',
  audience: 'https://orders',
  scope: [SCOPE],
  subject_type: 'client',
};

describe('bulk lists: bidi controls are shown, never applied', () => {
  it('in the Preview and Skipped lists', () => {
    render(
      <PlanPreview
        plan={[
          { kind: 'change', grant, after: [], added: [], removed: [SCOPE] },
          { kind: 'system', grant: { ...grant, id: 'cgr_2' } },
        ]}
        labelOf={() => EVIL}
      />,
    );
    const [change] = within(screen.getByRole('list', { name: 'Preview' })).getAllByRole('listitem');
    expectBidiRevealed(change);
    expect(change).toHaveTextContent('⟨U+202E⟩evil.exe on Orders: removes read:⟨U+202E⟩txt.exe');
    expectBidiRevealed(within(screen.getByRole('list', { name: 'Skipped' })).getByRole('listitem'));
  });

  it('in the Results list: the label and what the grant now holds', () => {
    const journal: Journal = {
      version: 2,
      domain: 'tenant.example',
      startedAt: 0,
      entries: [
        {
          id: 'cgr_1',
          label: EVIL,
          before: [SCOPE, 'x'],
          add: [],
          remove: ['x'],
          after: [SCOPE],
          status: 'changed',
        },
      ],
    };
    render(<BatchResults journal={journal} />);
    const item = within(screen.getByRole('list', { name: 'Results' })).getByRole('listitem');
    expectBidiRevealed(item);
    expect(item.textContent?.match(/⟨U\+202E⟩/g)).toHaveLength(2);
  });

  it('in the options of the scope comboboxes', async () => {
    render(
      <ScopeDeltaFields
        addable={[SCOPE]}
        removable={[]}
        delta={{ add: [], remove: [] }}
        onChange={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Add scopes' }));
    expectBidiRevealed(await screen.findByRole('option'));
  });

  it('in a chosen scope chip', () => {
    render(
      <ScopeDeltaFields
        addable={[SCOPE]}
        removable={[SCOPE]}
        delta={{ add: [], remove: [SCOPE] }}
        onChange={() => undefined}
      />,
    );
    expectBidiRevealed(screen.getByRole('button', { name: /txt\.exe/ }));
  });
});
