import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TenantProcessOptions = {
  seed?: string;
  tokenLifetime?: number;
  rateLimit?: string;
  /** Pass --expose-rate-limit-headers: browser scripts may read x-ratelimit-* (hidden by default, as on Auth0). */
  exposeRateLimitHeaders?: boolean;
  extraArgs?: string[];
  /** How long to wait for the tenant to listen (default 20 s; a scale:100000 seed builds for a while). */
  startTimeoutMs?: number;
};
export type TenantProcess = { url: string; domain: string; audience: string; dataDir: string; stop(): Promise<void> };

const listening = /Local tenant listening on (http:\/\/\S+)/;
const repoRoot = join(import.meta.dirname, '..');

/**
 * Starts the local tenant CLI as its own process (reached only over HTTP), on a free port, with its own
 * data dir. Used by every e2e spec file and by the benchmark, so the tenant never shares a JS thread
 * with the test runner or the static server.
 */
export async function startTenantProcess(options: TenantProcessOptions = {}): Promise<TenantProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'grants-tenant-'));
  // `node --import tsx` rather than the tsx binary: the binary runs the server in a grandchild process,
  // so a signal to it would not reach the tenant itself.
  const args = ['--import', 'tsx', join(repoRoot, 'local-tenant', 'cli.ts'), '--port', '0', '--data', dataDir, '--seed', options.seed ?? 'demo'];
  if (options.tokenLifetime) args.push('--token-lifetime', String(options.tokenLifetime));
  if (options.rateLimit) args.push('--rate-limit', options.rateLimit);
  if (options.exposeRateLimitHeaders) args.push('--expose-rate-limit-headers');
  args.push(...(options.extraArgs ?? []));
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForListening(child, options.startTimeoutMs ?? 20_000);
  const { host } = new URL(url);
  return {
    url,
    domain: host,
    audience: `https://${host}/api/v2/`,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`local tenant did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = listening.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local tenant exited with ${code}:\n${output}`));
    });
  });
}
