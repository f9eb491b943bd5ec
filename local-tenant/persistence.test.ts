import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET, READ_ONLY_CLIENT_ID } from './defaults.ts';

// The CLI as a real child process: --port 0 prints the real port, --data survives kill -9,
// a corrupt file stops the start with a clear error, bad flags exit 2.

// `node --import tsx` rather than the tsx binary: the binary runs the script in a grandchild that a
// kill -9 of the binary would orphan, so the "crash" would not crash the server at all.
const CLI = join(process.cwd(), 'local-tenant/cli.ts');
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'local-tenant-'));
  dirs.push(dir);
  return dir;
}

type Run = {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
};

function run(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exit };
}

function listening(runner: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    runner.child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Local tenant listening on (http:\/\/127\.0\.0\.1:(\d+))\n/.exec(out);
      if (match?.[1] && match[2] !== '0') resolve(match[1]);
    });
    void runner.exit.then((result) => reject(new Error(`exited early: ${result.stderr}`)));
  });
}

async function adminToken(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: DEFAULT_ADMIN_CLIENT_ID,
      client_secret: DEFAULT_ADMIN_CLIENT_SECRET,
      audience: `https://${url.replace('http://', '')}/api/v2/`,
    }).toString(),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('CLI and persistence', () => {
  it('keeps every acknowledged write across kill -9 and a restart on another port', async () => {
    const dir = tempDir();
    const first = run(['--port', '0', '--data', dir, '--rate-limit', 'off']);
    const url = await listening(first);
    const auth = { authorization: `Bearer ${await adminToken(url)}`, 'content-type': 'application/json' };
    const created = await fetch(`${url}/api/v2/client-grants`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        client_id: READ_ONLY_CLIENT_ID,
        audience: 'https://orders.example.com/',
        scope: ['read:orders'],
      }),
    });
    expect(created.status).toBe(201);
    const grant = (await created.json()) as { id: string };
    const all = (await (await fetch(`${url}/api/v2/client-grants?take=100`, { headers: auth })).json()) as {
      client_grants: { id: string }[];
    };
    const victim = all.client_grants.find((g) => g.id !== grant.id && !('is_system' in g));
    expect(
      (await fetch(`${url}/api/v2/client-grants/${victim?.id ?? ''}`, { method: 'DELETE', headers: auth }))
        .status,
    ).toBe(204);
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');

    const second = run(['--port', '0', '--data', dir, '--rate-limit', 'off']);
    const url2 = await listening(second);
    const auth2 = { authorization: `Bearer ${await adminToken(url2)}` };
    const fetched = await fetch(`${url2}/api/v2/client-grants/${grant.id}`, { headers: auth2 });
    expect(fetched.status).toBe(200);
    expect((await fetch(`${url2}/api/v2/client-grants/${victim?.id ?? ''}`, { headers: auth2 })).status).toBe(
      404,
    );
    const totals = (await (
      await fetch(`${url2}/api/v2/client-grants?include_totals=true`, { headers: auth2 })
    ).json()) as { total: number };
    expect(totals.total).toBe(200);
    // The Management API identifier follows the new port, and the admin's grant moved with it.
    const mine = (await (
      await fetch(`${url2}/api/v2/client-grants?client_id=${DEFAULT_ADMIN_CLIENT_ID}`, { headers: auth2 })
    ).json()) as { audience: string }[];
    expect(mine[0]?.audience).toBe(`https://${url2.replace('http://', '')}/api/v2/`);
    const file = JSON.parse(readFileSync(join(dir, 'tenant.json'), 'utf8')) as {
      format: string;
      version: number;
    };
    expect(file).toMatchObject({ format: 'auth0-local-tenant', version: 1 });
    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
  });

  it.each([
    ['corrupt JSON', '{"format":"auth0-local-tenant","vers', /corrupt/],
    ['a foreign file', '{"hello":"world"}', /not a local tenant data file/],
    [
      'a grant without an id',
      JSON.stringify({
        format: 'auth0-local-tenant',
        version: 1,
        management_audience: 'x',
        signing_key: { kid: 'k', private_key_pem: 'p' },
        clients: [],
        resource_servers: [],
        client_grants: [{ audience: 'x', subject_type: 'client' }],
      }),
      /lacks required fields/,
    ],
    [
      'an unreadable signing key',
      JSON.stringify({
        format: 'auth0-local-tenant',
        version: 1,
        management_audience: 'x',
        signing_key: { kid: 'k', private_key_pem: 'not a key' },
        clients: [],
        resource_servers: [],
        client_grants: [],
      }),
      /unreadable signing key/,
    ],
  ])('refuses %s with a clear error and a non-zero exit', async (_name, content, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tenant.json'), content);
    const result = await run(['--port', '0', '--data', dir]).exit;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'tenant.json'), 'utf8')).toBe(content);
  });

  it.each([
    ['--bogus'],
    ['--port', 'abc'],
    ['--seed', 'huge'],
    ['--rate-limit', '5'],
    ['--token-lifetime', '0'],
  ])('exits 2 with a message for bad flags: %s', async (...args) => {
    const result = await run(args).exit;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^local tenant: /);
  });

  it('exposes the rate-limit headers to browser scripts only with --expose-rate-limit-headers', async () => {
    const exposedBy = async (args: string[]) => {
      const runner = run(['--port', '0', '--seed', 'empty', ...args]);
      const url = await listening(runner);
      const res = await fetch(`${url}/api/v2/client-grants`, { headers: { origin: 'https://example.org' } });
      runner.child.kill('SIGTERM');
      await runner.exit;
      return { limit: res.headers.get('x-ratelimit-limit'), exposed: res.headers.get('access-control-expose-headers') };
    };
    const hidden = await exposedBy([]);
    expect(hidden.limit).toBe('50');
    expect(hidden.exposed).not.toMatch(/x-ratelimit/);
    const shown = await exposedBy(['--expose-rate-limit-headers']);
    expect(shown.limit).toBe('50');
    expect(shown.exposed).toMatch(/x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset/);
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help']).exit;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--rate-limit BURST/PER_SECOND|off');
    expect(result.stdout).toContain('--expose-rate-limit-headers');
  });
});
