import type { Plugin } from 'vite';
import { headersFile, insertPolicyMeta, type PolicyOptions } from './security-policy.ts';

/**
 * Production builds carry the security policy themselves: a CSP and referrer <meta> in index.html (any
 * static host, even one that sends no headers) and dist/_headers (hosts that read it). Not in `npm run dev`,
 * whose hot reload runs inline scripts.
 */
export function securityPolicy(options: PolicyOptions): Plugin {
  let base = '/';
  return {
    name: 'security-policy',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => insertPolicyMeta(html, options),
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base, options) });
    },
  };
}
