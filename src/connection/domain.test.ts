import { describe, expect, it } from 'vitest';
import { parseDomain } from './domain';

describe('parseDomain accepts and normalises', () => {
  it.each([
    ['acme.us.auth0.com', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['  acme.us.auth0.com  ', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['ACME.US.Auth0.com', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['https://acme.us.auth0.com', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['https://acme.us.auth0.com/', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['https://acme.us.auth0.com/api/v2', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['https://acme.us.auth0.com/api/v2/', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['HTTPS://Acme.EU.auth0.com/API/V2/', 'acme.eu.auth0.com', 'https://acme.eu.auth0.com'],
    ['acme.us.auth0.com/api/v2/', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['acme-dev.eu.auth0.com', 'acme-dev.eu.auth0.com', 'https://acme-dev.eu.auth0.com'],
    ['acme.us.auth0.com:8443', 'acme.us.auth0.com:8443', 'https://acme.us.auth0.com:8443'],
    ['https://acme.us.auth0.com:443/', 'acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['localhost', 'localhost', 'http://localhost'],
    ['localhost:4010', 'localhost:4010', 'http://localhost:4010'],
    ['http://localhost:4010/', 'localhost:4010', 'http://localhost:4010'],
    ['127.0.0.1:4010', '127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://127.0.0.1:4010/api/v2/', '127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['https://127.0.0.1:4010', '127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://[::1]:4010', '[::1]:4010', 'http://[::1]:4010'],
    ['127.0.0.1:04010', '127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ])('%j → %s', (input, domain, origin) => {
    expect(parseDomain(input)).toEqual({ ok: true, domain, origin });
  });
});

describe('parseDomain rejects with a specific message', () => {
  it.each([
    ['', /enter the tenant's domain/i],
    ['   ', /enter the tenant's domain/i],
    ['https://user:pass@acme.us.auth0.com', /user name and password/i],
    ['admin@acme.us.auth0.com', /user name and password/i],
    ['https://acme.us.auth0.com/authorize', /path "\/authorize"/],
    ['https://acme.us.auth0.com/api/v2/clients', /path "\/api\/v2\/clients"/],
    ['acme.us.auth0.com/api', /path "\/api"/],
    ['https://acme.us.auth0.com/?tenant=x', /query string/i],
    ['https://acme.us.auth0.com/#/apis', /fragment/i],
    ['http://acme.us.auth0.com', /only reachable over https/i],
    ['http://127.0.0.2:4010', /only reachable over https/i],
    ['ftp://acme.us.auth0.com', /only https:\/\/ .*"ftp:\/\/"/i],
    ['acme us.auth0.com', /spaces/i],
    ['acme_dev.us.auth0.com', /underscores/i],
    ['acme..auth0.com', /empty part/i],
    ['.acme.auth0.com', /empty part/i],
    ['acme.auth0.com.', /empty part/i],
    ['acme', /full domain.*"acme"/i],
    [`${'a'.repeat(64)}.auth0.com`, /at most 63 characters/],
    [`${'abcdefghi.'.repeat(26)}com`, /too long/i],
    ['-acme.auth0.com', /start and end with a letter or digit/],
    ['acmé.auth0.com', /not allowed in a hostname: "é"/],
    ['acme.auth0.com:0', /port/i],
    ['acme.auth0.com:65536', /port/i],
    ['acme.auth0.com:', /port/i],
    ['acme.auth0.com:http', /port/i],
    ['http://[::2]:4010', /IPv6/],
  ])('%j', (input, message) => {
    const result = parseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('never echoes credentials back', () => {
    const result = parseDomain('https://admin:hunter2@acme.us.auth0.com');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toContain('hunter2');
  });
});
