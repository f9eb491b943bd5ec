/**
 * Loopback hosts (the local tenant) are served over plain http; everything else must be https.
 * Shared by the request core and the connect form so both agree on the one origin we talk to.
 */
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
/** A normalised domain: lowercase host (or [::1]) with an optional port, nothing else. */
const NORMALISED_DOMAIN = /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[::1\])(:\d{1,5})?$/;

export function isLoopbackDomain(domain: string): boolean {
  return LOOPBACK.test(domain);
}

export function originForDomain(domain: string): string {
  if (!NORMALISED_DOMAIN.test(domain)) {
    throw new TypeError(`Not a normalised tenant domain: "${domain}"`);
  }
  // Via URL so a default port (":443", or ":80" on loopback) is dropped exactly as fetch will see it.
  return new URL(`${isLoopbackDomain(domain) ? 'http' : 'https'}://${domain}`).origin;
}
