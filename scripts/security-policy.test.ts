import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STYLE_HASH,
  headerPolicy,
  headersFile,
  insertPolicyMeta,
  metaPolicy,
  replacePolicyMeta,
  securityHeaders,
} from './security-policy.ts';

const page =
  '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/assets/index.js"></script>\n  </head>\n</html>';

describe('the security policy', () => {
  it('allows http to loopback only when a local tenant is configured', () => {
    expect(metaPolicy()).toContain("connect-src 'self' https:;");
    expect(metaPolicy()).not.toContain('127.0.0.1');
    expect(metaPolicy({ localTenant: true })).toContain(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*;",
    );
  });

  it('keeps what a <meta> ignores for the header form', () => {
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox'])
      expect(metaPolicy()).not.toContain(ignored);
    expect(headerPolicy()).toBe(`${metaPolicy()}; frame-ancestors 'none'`);
  });

  it('requires Trusted Types, and allows no inline script nor inline style text', () => {
    expect(metaPolicy()).toContain("require-trusted-types-for 'script'");
    expect(metaPolicy()).not.toContain('unsafe-');
  });

  it('allows exactly the empty <style> elements Emotion fills through the CSSOM', () => {
    const digest = createHash('sha256').update('').digest('base64');
    expect(EMPTY_STYLE_HASH).toBe(`'sha256-${digest}'`);
  });

  it('puts the <meta> right after the charset, before any script (a <meta> CSP covers only what follows)', () => {
    const html = insertPolicyMeta(page);
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(csp).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    expect(() => insertPolicyMeta('<html><head></head></html>')).toThrow(/charset/);
  });

  it("swaps a built page's policy for npm start's, which allows the local tenant", () => {
    const swapped = replacePolicyMeta(insertPolicyMeta(page), { localTenant: true });
    expect(swapped).toContain('http://127.0.0.1:*');
    expect(swapped.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('writes _headers for every path under the base', () => {
    const file = headersFile('/tools/grants/');
    expect(file.split('\n')[0]).toBe('/tools/grants/*');
    expect(file).toContain(`  Content-Security-Policy: ${headerPolicy()}\n`);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(headersFile('./').split('\n')[0]).toBe('/*');
  });

  it("is what README's nginx snippet sends", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
