import { describe, expect, it } from 'vitest';
import { readLocalTenantConfig } from './local-tenant-config';

function page(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

const config = { domain: '127.0.0.1:4010', clientId: 'app', clientSecret: 'secret "quoted" & <tagged>' };

describe('readLocalTenantConfig', () => {
  it('reads the settings npm start puts into the page', () => {
    const content = JSON.stringify(config)
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;');
    expect(readLocalTenantConfig(page(`<meta name="local-tenant" content="${content}">`))).toEqual(config);
  });

  it('finds none in a page as built (a static host)', () => {
    expect(readLocalTenantConfig(page('<meta charset="utf-8">'))).toBeNull();
  });

  it('ignores settings that are not JSON or lack a field', () => {
    expect(readLocalTenantConfig(page('<meta name="local-tenant" content="{nope">'))).toBeNull();
    expect(readLocalTenantConfig(page(`<meta name="local-tenant" content='{"domain":"x"}'>`))).toBeNull();
  });
});
