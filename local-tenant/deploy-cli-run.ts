import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from './defaults.ts';
import type { TestTenant } from './test-helpers.ts';

// Runs Auth0's Deploy CLI (auth0-deploy-cli, pinned in package.json), unchanged, against a local tenant: its
// `https://DOMAIN/…` calls reach the tenant through scripts/deploy-cli-loader.mjs. Shared by the round-trip tests.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const A0DEPLOY = join(ROOT, 'node_modules', 'auth0-deploy-cli', 'lib', 'index.js');
const LOADER = join(ROOT, 'scripts', 'deploy-cli-loader.mjs');
/** The Deploy CLI reads connections to manage organizations; Auth0 asks the same scopes of it. */
export const DEPLOY_SCOPES = ['read:connections', 'read:organization_connections'];

/** A grant's scopes plus DEPLOY_SCOPES, each once (the admin app already has read:organization_connections). */
export const withDeployScopes = (scope: readonly string[] = []): string[] => [...new Set([...scope, ...DEPLOY_SCOPES])];

/** `a0deploy <args>` with a config naming the handlers to run (`included`); its output, or an error holding it. */
export async function a0deploy(tenant: TestTenant, dir: string, args: string[], included: string[]): Promise<string> {
  const config = join(dir, `config-${included.join('-')}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      AUTH0_DOMAIN: tenant.domain,
      AUTH0_CLIENT_ID: DEFAULT_ADMIN_CLIENT_ID,
      AUTH0_CLIENT_SECRET: DEFAULT_ADMIN_CLIENT_SECRET,
      // Only what the local tenant emulates: other handlers would call endpoints it does not have.
      AUTH0_INCLUDED_ONLY: included,
    }),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', LOADER, A0DEPLOY, ...args, '-c', config], {
      cwd: ROOT,
      env: { ...process.env, LOCAL_TENANT_DOMAIN: tenant.domain },
      timeout: 600_000,
    });
    return stdout + stderr;
  } catch (error) {
    // Show what the CLI said (its log names the request that failed), not only "Command failed".
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`a0deploy ${args[0] ?? ''} failed:\n${stdout}${stderr}`.slice(-4000), { cause: error });
  }
}
