import { isLoopbackDomain, originForDomain } from '../api/origin';

export type ParsedDomain = { ok: true; domain: string; origin: string } | { ok: false; error: string };

const EXAMPLE = 'e.g. acme.us.auth0.com';
const MAX_HOSTNAME = 253;
const MAX_LABEL = 63;
/** scheme? authority path? query? fragment? — a deliberately small URL split we control fully. */
const URL_PARTS = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
/** What a pasted Management API URL may end with; the connect form keeps only the host. */
const ALLOWED_PATHS = new Set(['', '/', '/api/v2', '/api/v2/']);
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

function fail(error: string): ParsedDomain {
  return { ok: false, error };
}

function hostnameError(host: string): string | undefined {
  if (host === '') return `Enter the tenant's domain, ${EXAMPLE}.`;
  if (/\s/.test(host)) return 'The domain must not contain spaces.';
  if (host.includes('_')) return 'The domain must not contain underscores.';
  const invalid = /[^a-z0-9.-]/.exec(host);
  if (invalid) return `The domain contains a character that is not allowed in a hostname: "${invalid[0]}".`;
  if (host.length > MAX_HOSTNAME) return `The domain is too long (at most ${MAX_HOSTNAME} characters).`;
  if (host.startsWith('.') || host.endsWith('.') || host.includes('..')) {
    return 'The domain has an empty part: check for a leading, trailing or doubled dot.';
  }
  if (!host.includes('.') && host !== 'localhost') {
    return `Enter the full domain, ${EXAMPLE} ("${host}" alone is not a tenant domain).`;
  }
  const labels = host.split('.');
  if (labels.some((label) => label.length > MAX_LABEL)) {
    return `Each part of the domain between dots can be at most ${MAX_LABEL} characters.`;
  }
  if (labels.some((label) => !LABEL.test(label))) {
    return 'Each part of the domain must start and end with a letter or digit.';
  }
  return undefined;
}

function portError(port: string | undefined): string | undefined {
  if (port === undefined) return undefined;
  const value = Number(port);
  if (!/^\d{1,5}$/.test(port) || value < 1 || value > 65535) {
    return 'The port must be a number between 1 and 65535.';
  }
  return undefined;
}

function splitAuthority(authority: string): { host: string; port?: string } {
  const ipv6 = /^(\[[^\]]*\])(?::(.*))?$/.exec(authority);
  if (ipv6?.[1]) return { host: ipv6[1], port: ipv6[2] };
  const colon = authority.lastIndexOf(':');
  if (colon === -1) return { host: authority };
  return { host: authority.slice(0, colon), port: authority.slice(colon + 1) };
}

function schemeError(scheme: string | undefined, domain: string): string | undefined {
  if (scheme === undefined || scheme === 'https') return undefined;
  if (scheme === 'http') {
    return isLoopbackDomain(domain)
      ? undefined
      : 'Auth0 tenants are only reachable over https: use https:// or just the domain.';
  }
  return `Only https:// addresses are supported, not "${scheme}://".`;
}

/**
 * Normalises what an admin pastes into the Domain field to a bare `host[:port]`.
 * Accepts the domain alone, or an https URL to it or to its `/api/v2` (as copied from Auth0 docs).
 */
export function parseDomain(input: string): ParsedDomain {
  const trimmed = input.trim();
  if (trimmed === '') return fail(`Enter the tenant's domain, ${EXAMPLE}.`);
  const parts = URL_PARTS.exec(trimmed);
  if (!parts) return fail(`This does not look like a domain, ${EXAMPLE}.`);
  const [, rawScheme, authority = '', path = '', query, fragment] = parts;
  const scheme = rawScheme?.toLowerCase();
  // Credentials first: never echo them back, and they would otherwise confuse the host check.
  if (authority.includes('@'))
    return fail('Remove the user name and password from the address: enter only the domain.');
  if (query !== undefined) return fail('Remove the query string (the part from "?"): enter only the domain.');
  if (fragment !== undefined) return fail('Remove the fragment (the part from "#"): enter only the domain.');
  if (!ALLOWED_PATHS.has(path.toLowerCase())) {
    return fail(`Remove the path "${path}": enter only the domain (a trailing /api/v2 is fine).`);
  }
  const { host: rawHost, port } = splitAuthority(authority);
  const host = rawHost.toLowerCase();
  const problem = host.startsWith('[')
    ? host === '[::1]'
      ? undefined
      : 'IPv6 addresses other than [::1] are not supported.'
    : hostnameError(host);
  if (problem) return fail(problem);
  const badPort = portError(port);
  if (badPort) return fail(badPort);
  const withPort = port === undefined ? host : `${host}:${Number(port)}`;
  const badScheme = schemeError(scheme, withPort);
  if (badScheme) return fail(badScheme);
  const origin = originForDomain(withPort);
  // The origin drops a default port (443, or 80 on loopback); the domain follows so the two agree.
  return { ok: true, domain: origin.replace(/^https?:\/\//, ''), origin };
}
