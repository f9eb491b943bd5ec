// Points a real client (Auth0's Deploy CLI, the auth0 SDK) at the local tenant without patching it:
// `node --import ./scripts/deploy-cli-loader.mjs node_modules/.bin/a0deploy …`.
// The tools build `https://${AUTH0_DOMAIN}/…` URLs and call the global fetch; the local tenant speaks
// plain http, so this rewrites `https://DOMAIN/` to `http://DOMAIN/` for that one domain (the
// LOCAL_TENANT_DOMAIN environment variable, e.g. 127.0.0.1:4010) and leaves every other URL alone.
const domain = process.env.LOCAL_TENANT_DOMAIN;
if (!domain) throw new Error('deploy-cli-loader: set LOCAL_TENANT_DOMAIN to the local tenant host:port');

const secure = `https://${domain}/`;
const plain = `http://${domain}/`;
const original = globalThis.fetch.bind(globalThis);

function rewrite(url) {
  return url.startsWith(secure) ? plain + url.slice(secure.length) : url;
}

globalThis.fetch = (input, init) => {
  if (typeof input === 'string') return original(rewrite(input), init);
  if (input instanceof URL) return original(new URL(rewrite(input.href)), init);
  if (input instanceof Request && input.url.startsWith(secure))
    return original(new Request(rewrite(input.url), input), init);
  return original(input, init);
};
