import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { WIDE_API_IDENTIFIER, WIDE_API_NAME } from '../local-tenant/seed-scale.ts';
import { waitNames, waitStamp } from './probe.ts';
import { timed } from './scale-timer.ts';
import type { Site } from './setup.ts';
import { summarize } from './stats.ts';

// Issue 17 §2: the scope picker on the scale seed's API with exactly 1,000 scopes, in the Create dialog.

export type PickerRun = {
  /** API option click → the first scope checkbox painted. */
  open: number;
  /** Median of 5 checkbox clicks → the selection count updated. */
  check: number;
  /** Median of 3 keystrokes in the filter → the list (its "N shown" count) updated. */
  filterKey: number;
  /** Select all (unfiltered) → "1000 of 1000 selected". */
  selectAll: number;
};

type Scope = { value: string; description?: string };

async function wideScopes(site: Site): Promise<Scope[]> {
  const { access_token } = (await (
    await fetch(`${site.tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: DEFAULT_ADMIN_CLIENT_ID, client_secret: DEFAULT_ADMIN_CLIENT_SECRET, audience: site.tenant.audience }),
    })
  ).json()) as { access_token: string };
  const url = `${site.tenant.url}/api/v2/resource-servers?identifiers=${encodeURIComponent(WIDE_API_IDENTIFIER)}`;
  const [api] = (await (await fetch(url, { headers: { authorization: `Bearer ${access_token}` } })).json()) as { scopes: Scope[] }[];
  if (api?.scopes.length !== 1000) throw new Error(`the scale seed's wide API should have 1,000 scopes, has ${api?.scopes.length}`);
  return api.scopes;
}

/** The picker's own rule (value or description contains the text, ignoring case). */
const shownFor = (scopes: Scope[], filter: string) =>
  scopes.filter((s) => `${s.value}\n${s.description ?? ''}`.toLowerCase().includes(filter.toLowerCase())).length;

const count = (selected: number, shown?: number) => ({
  selector: '#scope-count',
  text: `${selected} of 1000 selected${shown === undefined || shown === 1000 ? '' : ` · ${shown} shown`}`,
});

async function openPicker(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'API' }).fill('Wide API');
  const option = page.getByRole('option', { name: new RegExp(`^${WIDE_API_NAME.replace(/[()]/g, '\\$&')}`) });
  return timed(page, 'click', { selector: 'input[aria-label="read:records_001"]' }, () => option.click());
}

export async function measurePicker(context: BrowserContext, site: Site): Promise<PickerRun> {
  const scopes = await wideScopes(site);
  const page = await context.newPage();
  await page.goto(site.dashboard.url + '/');
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await waitStamp(page, 'firstRowsAt');
  await waitNames(page);
  const open = await openPicker(page);
  const group = page.getByRole('dialog', { name: 'Create grant' }).getByRole('group', { name: 'Scopes' });

  const checks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const box = group.getByRole('checkbox', { name: scopes[i + 1]?.value ?? '', exact: true });
    checks.push(await timed(page, 'click', count(i + 1), () => box.click()));
  }

  const filter = group.getByRole('textbox', { name: 'Filter scopes' });
  await filter.click();
  const keys: number[] = [];
  let typed = '';
  for (const key of ['0', '0', '7']) {
    typed += key;
    keys.push(await timed(page, 'keydown', count(5, shownFor(scopes, typed)), () => page.keyboard.press(key)));
  }
  await filter.fill('');
  await page.getByText('5 of 1000 selected', { exact: true }).waitFor();
  const selectAll = await timed(page, 'click', count(1000), () => group.getByRole('button', { name: 'Select all' }).click());
  await page.close();
  return { open, check: summarize(checks).median, filterKey: summarize(keys).median, selectAll };
}
