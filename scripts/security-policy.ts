// The dashboard's security policy, in one place. The build writes it into dist/index.html (a <meta>, so a
// plain static host enforces it) and dist/_headers (Netlify, Cloudflare Pages); `npm start`'s server sends it
// as headers; README's nginx snippet is checked against it (security-policy.test.ts). Why each directive is
// what it is: docs/architecture.md, "Security policy".

export type PolicyOptions = {
  /**
   * Also allow http to loopback (the local tenant, `npm run tenant`). `npm start` and the e2e servers run one;
   * a build for a real host leaves it out unless built with ALLOW_LOCAL_TENANT=1.
   */
  localTenant?: boolean;
};

/**
 * Emotion (MUI's styling) in production inserts empty <style> elements and fills them through the CSSOM
 * (`insertRule`), which CSP does not govern; only the empty element itself is checked, and this is its hash
 * (SHA-256 of the empty string). No inline style text or style attribute is allowed.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** CSP has no syntax for IPv6 literals, so a tenant at [::1] cannot be allowed (docs/architecture.md). */
const LOOPBACK_SOURCES = 'http://127.0.0.1:* http://localhost:*';

function directives({ localTenant = false }: PolicyOptions): string[] {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    // Icons drawn as CSS masks are data: SVG URLs (src/components/icon-paths.ts); an image cannot run script.
    "img-src 'self' data:",
    "font-src 'self'",
    // Tenants live on any https domain the admin types (custom domains included).
    `connect-src 'self' https:${localTenant ? ` ${LOOPBACK_SOURCES}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ];
}

/** The policy a <meta> can carry (frame-ancestors, report-uri and sandbox are ignored there). */
export function metaPolicy(options: PolicyOptions = {}): string {
  return directives(options).join('; ');
}

/** The full policy, for hosts that send headers. */
export function headerPolicy(options: PolicyOptions = {}): string {
  return [...directives(options), "frame-ancestors 'none'"].join('; ');
}

export function securityHeaders(options: PolicyOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(options),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** For a value placed in a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The <meta> elements for index.html: CSP and referrer policy (nosniff has no <meta> form). */
export function policyMetaTags(options: PolicyOptions = {}): string {
  return (
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(options))}" />\n` +
    '    <meta name="referrer" content="no-referrer" />'
  );
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

/** Puts the policy's <meta> elements right after <meta charset>: a meta CSP covers only what follows it. */
export function insertPolicyMeta(html: string, options: PolicyOptions = {}): string {
  const charset = /<meta charset="[^"]*" \/>/i.exec(html);
  if (!charset) throw new Error('security-policy: index.html has no <meta charset="…" />');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${policyMetaTags(options)}${html.slice(at)}`;
}

/** Swaps a built page's CSP <meta> for another policy (npm start's server, which runs a local tenant). */
export function replacePolicyMeta(html: string, options: PolicyOptions = {}): string {
  if (!CSP_META.test(html)) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(options))}" />`;
  return html.replace(CSP_META, () => tag);
}

/** dist/_headers for Netlify and Cloudflare Pages, for every path under the base the build is served from. */
export function headersFile(base: string, options: PolicyOptions = {}): string {
  const path = base.startsWith('/') ? base : '/';
  const lines = Object.entries(securityHeaders(options)).map(([name, value]) => `  ${name}: ${value}`);
  return `${path}*\n${lines.join('\n')}\n`;
}
