import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** Clicks Export → format and returns the downloaded file's name and text (a download, not a new tab). */
export async function exportAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  // Exact: an app or API name holding "export" names row buttons too.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}
