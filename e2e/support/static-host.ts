import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static.ts';
import { startTenantProcess, type TenantProcess } from '../../scripts/local-tenant-process.ts';

export type StaticHost = { tenant: TenantProcess; server: StaticServer; buildOutput: string };

const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * Builds the dashboard for a sub-path exactly as README's Deploy section says (`vite build --base …`; with
 * ALLOW_LOCAL_TENANT=1, since the only tenant here is on loopback) into its own folder, so dist/ of the other
 * specs is left alone. Returns what the build printed: warnings included.
 */
function buildForSubPath(outDir: string, base: string): Promise<string> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--base', base, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ALLOW_LOCAL_TENANT: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vite build exited ${code}:\n${output}`)),
    );
  });
}

/**
 * For the calling spec file: a build for `base`, served by scripts/serve-static.ts (no headers, no fallback,
 * no local-tenant settings in the page), and a local tenant the test connects to by typing its domain.
 */
export function useStaticHost(base: string): () => StaticHost {
  const outDir = join(repoRoot, 'test-results', 'static-host-dist');
  let host: StaticHost | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000); // a production build on a busy machine
    const [buildOutput, tenant] = await Promise.all([
      buildForSubPath(outDir, base),
      startTenantProcess({ seed: 'demo' }),
    ]);
    host = { tenant, server: await startStaticServer({ root: outDir }), buildOutput };
  });
  test.afterAll(async () => {
    await Promise.all([host?.server.close(), host?.tenant.stop()]);
    await rm(outDir, { recursive: true, force: true });
  });
  return () => {
    if (!host) throw new Error('useStaticHost: not started yet');
    return host;
  };
}
