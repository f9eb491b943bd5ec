import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeTenant, withConnection } from '../bulk/bulk-test-kit';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { ComparePage } from './compare-page';
import type * as TenantIndexModule from '../tenant-index';

const index = buildIndex({
  clients: [fixtureClient('c_billing', { name: 'Billing' }), fixtureClient('c_reports', { name: 'Reports' })],
  apis: [fixtureApi('https://orders', { name: 'Orders API' })],
  grants: [
    fixtureGrant('cgr_1', 'c_billing', 'https://orders', { scope: ['read:orders'] }),
    fixtureGrant('cgr_2', 'c_reports', 'https://orders', { scope: ['read:orders'] }),
  ],
});

// jsdom lays nothing out: give the Differences table's scroll container a height, so its virtualiser draws a window.
let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

// The page reads the connected tenant through the tenant index; here, an index already read (a test may say otherwise).
const read = { status: 'ready', partial: false, progress: {} as object };
vi.mock('../tenant-index', async (original) => ({
  ...(await original<typeof TenantIndexModule>()),
  useTenantIndex: () => ({ index, version: index.version, ...read, cancel: () => undefined, refresh: () => undefined }),
}));

const yaml = `clientGrants:
  - client_id: Billing
    audience: https://orders
    scope: [read:orders, write:orders]
  - client_id: Newcomer
    audience: https://orders
    scope: []
  - client_id: Reports
    audience: https://orders
    scope: [read:orders]
`;

describe('ComparePage', { timeout: 20_000 }, () => {
  it('compares a chosen file (Source) with the connected tenant (Target), unchanged hidden by default', async () => {
    const user = userEvent.setup();
    render(withConnection(fakeTenant([]).api, <ComparePage />));
    const source = screen.getByRole('group', { name: 'Source' });
    expect(within(source).getByRole('combobox', { name: 'Source' })).toHaveValue('file');
    expect(within(screen.getByRole('group', { name: 'Target' })).getByRole('combobox', { name: 'Target' })).toHaveValue('tenant');
    await user.upload(within(source).getByLabelText('Source file'), new File([yaml], 'tenant.yaml', { type: 'application/yaml' }));
    const table = await screen.findByRole('table', { name: 'Differences' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['', 'Changed', 'Billing', 'https://orders', 'client', '+write:orders'],
      ['', 'Only in source', 'Newcomer', 'https://orders', 'client', ''],
    ]);
    // The Target is a tenant, so each difference can be chosen for Apply to target….
    expect(within(table).getByRole('checkbox', { name: 'Select Newcomer → https://orders' })).not.toBeChecked();
    expect(screen.getByText('1 only in source, 0 only in target, 1 changed, 1 unchanged')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Show unchanged' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('compares a tenant only once its grants are read, showing how far the read has come meanwhile', async () => {
    Object.assign(read, { status: 'reading', partial: true, progress: { phase: 'grants', loaded: 1200, total: 2500 } });
    try {
      const user = userEvent.setup();
      const { rerender } = render(withConnection(fakeTenant([]).api, <ComparePage />));
      const source = screen.getByRole('group', { name: 'Source' });
      await user.upload(within(source).getByLabelText('Source file'), new File([yaml], 'tenant.yaml', { type: 'application/yaml' }));
      const target = screen.getByRole('group', { name: 'Target' });
      expect(await within(target).findByRole('status')).toHaveTextContent(
        'Reading the tenant: 1,200 of 2,500 grants; the differences show once it is read.',
      );
      expect(screen.queryByRole('table', { name: 'Differences' })).toBeNull();
      Object.assign(read, { status: 'ready', partial: false, progress: {} });
      rerender(withConnection(fakeTenant([]).api, <ComparePage />));
      expect(await screen.findByRole('table', { name: 'Differences' })).toBeVisible();
    } finally {
      Object.assign(read, { status: 'ready', partial: false, progress: {} });
    }
  });

  it('names the line of a bad file and keeps the comparison it had', async () => {
    const user = userEvent.setup();
    render(withConnection(fakeTenant([]).api, <ComparePage />));
    const source = screen.getByRole('group', { name: 'Source' });
    await user.upload(within(source).getByLabelText('Source file'), new File([yaml], 'tenant.yaml'));
    await screen.findByRole('table', { name: 'Differences' });
    await user.upload(within(source).getByLabelText('Source file'), new File(['clientGrants:\n  - client_id: a\n    audience: x\n    audience: y\n'], 'bad.yaml'));
    expect(await within(source).findByText(/^Not read: bad\.yaml, line 4: Not valid YAML/)).toBeVisible();
    expect(within(screen.getByRole('table', { name: 'Differences' })).getAllByRole('row')).toHaveLength(3);
  });

  it('reads a file again with keyword values, and matches through the mapping table', async () => {
    const user = userEvent.setup();
    render(withConnection(fakeTenant([]).api, <ComparePage />));
    const source = screen.getByRole('group', { name: 'Source' });
    const staging = 'clientGrants:\n  - client_id: ##APP##\n    audience: https://staging.orders\n    scope: @@SCOPES@@\n';
    await user.upload(within(source).getByLabelText('Source file'), new File([staging], 'tenant.yaml'));
    // Unquoted, `##APP##` is a YAML comment until it has a value: the file is not read, and the message says why.
    expect(await within(source).findByText(/^Not read: tenant\.yaml, line 4: Not valid YAML: .*\. The file uses keywords without a value: APP, SCOPES\.$/)).toBeVisible();
    await user.click(screen.getByRole('textbox', { name: 'Keyword values' }));
    await user.paste('{"APP": "Billing", "SCOPES": ["read:orders"]}');
    const counts = screen.getByText(/ only in source, /);
    await waitFor(() => expect(counts).toHaveTextContent('1 only in source, 2 only in target, 0 changed, 0 unchanged'));
    await user.click(screen.getByRole('textbox', { name: 'Mappings' }));
    await user.paste('api: https://staging.orders => https://orders');
    await waitFor(() => expect(counts).toHaveTextContent('0 only in source, 1 only in target, 0 changed, 1 unchanged'));
    await user.paste('\nnonsense');
    expect(screen.getByText('Line 2: write "app: source name => target name" or "api: source => target".')).toBeVisible();
  });

  it('filters the rows by kind and text, with a count per kind; Select all takes the filtered rows; the tenant side links', async () => {
    const user = userEvent.setup();
    render(withConnection(fakeTenant([]).api, <ComparePage />));
    const source = screen.getByRole('group', { name: 'Source' });
    await user.upload(within(source).getByLabelText('Source file'), new File([yaml], 'tenant.yaml'));
    const table = await screen.findByRole('table', { name: 'Differences' });
    const kinds = screen.getByRole('group', { name: 'Kinds of difference' });
    const chip = (name: string) => within(kinds).getByRole('checkbox', { name });
    expect(chip('Only in source')).toBeChecked();
    expect(chip('Show unchanged')).not.toBeChecked();
    expect(chip('Show unchanged')).toHaveAccessibleDescription('1 row');
    expect(chip('Only in target')).toHaveTextContent('Only in target 0');
    // The Target is the connected tenant: its grant opens in the Grants view; the file's own grant has no link.
    expect(within(table).getByRole('link', { name: 'Billing' })).toHaveAttribute('href', '?grant=cgr_1');
    expect(within(table).queryByRole('link', { name: 'Newcomer' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Filter differences' }), 'NEWC');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(chip('Changed')).toHaveTextContent('Changed 0');
    expect(chip('Only in source')).toHaveTextContent('Only in source 1');
    await user.click(within(table).getByRole('checkbox', { name: 'Select all differences' }));
    expect(within(table).getByRole('checkbox', { name: 'Select Newcomer → https://orders' })).toBeChecked();
    expect(screen.getByText('Downloads hold the 1 row shown: the filters apply.')).toBeVisible();

    // The API's name (from the tenant) matches too; Billing was filtered out, so Select all left it alone.
    await user.clear(screen.getByRole('textbox', { name: 'Filter differences' }));
    await user.type(screen.getByRole('textbox', { name: 'Filter differences' }), 'orders api');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('checkbox', { name: 'Select Billing → https://orders' })).not.toBeChecked();
    await user.click(chip('Only in source'));
    expect(chip('Only in source')).not.toBeChecked();
    await user.click(chip('Show unchanged'));
    const cells = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(cells).toEqual(['Changed', 'Unchanged']);
  });
});
