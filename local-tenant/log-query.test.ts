import { describe, expect, it } from 'vitest';
import { compileLogQuery } from './log-query.ts';
import type { LogEvent } from './log-store.ts';

// The query syntax as Auth0 documents it (Lucene query strings): inside a quoted value, and in a bare one, a
// backslash escapes the character after it.

const event = (client_name: string, extra: Partial<LogEvent> = {}): LogEvent => ({
  log_id: '900',
  date: '2026-01-15T10:00:00.000Z',
  type: 'seccft',
  description: 'Client Credentials for Access Token',
  client_id: 'app_1',
  client_name,
  ip: '192.0.2.1',
  hostname: 'localhost',
  tenant_name: 'local-tenant',
  ...extra,
});

/** How a client quotes a value for a `field:"…"` term (the dashboard's quoteLogValue does the same). */
const quote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

describe('compileLogQuery: escapes', () => {
  it('reads an escaped quote inside a quoted value as a quote', () => {
    const matches = compileLogQuery('client_name:"a \\"b\\""');
    expect(matches(event('a "b"'))).toBe(true);
    expect(matches(event('a \\'))).toBe(false);
  });

  it.each([
    'a "b"',
    'C:\\dir\\',
    'ends with \\"',
    '"',
    '\\',
    'x) OR (type:seccft',
    'spaces and: colons',
    'ümlaut ‮ bidi',
  ])('finds exactly the client named %j through a quoted term', (name) => {
    const matches = compileLogQuery(
      `type:seccft AND client_name:${quote(name)} AND audience:${quote(`https://${name}/`)}`,
    );
    expect(matches(event(name, { audience: `https://${name}/` }))).toBe(true);
    expect(matches(event(`${name}x`, { audience: `https://${name}/` }))).toBe(false);
    expect(matches(event('other', { audience: `https://${name}/` }))).toBe(false);
  });

  it('reads escapes in a bare value too', () => {
    expect(compileLogQuery('client_name:a\\ b')(event('a b'))).toBe(true);
    expect(compileLogQuery('client_name:a\\(1\\)')(event('a(1)'))).toBe(true);
    expect(compileLogQuery('client_name:C\\:\\\\x')(event('C:\\x'))).toBe(true);
  });

  it.each([
    ['client_name:"a \\"b', /unterminated/],
    ['client_name:"a\\', /backslash at the end/],
    ['client_name:a\\', /backslash at the end/],
  ])('still refuses %s', (query, message) => {
    expect(() => compileLogQuery(query)).toThrow(message);
  });
});
