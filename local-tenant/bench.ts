import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from './defaults.ts';

// Benchmark: `npx tsx local-tenant/bench.ts [grants]`. Runs the CLI with scale:N (rate limit off) as its
// own process, times real HTTP requests of each kind, prints median / p95 and the server's memory.

const GRANTS = Number(process.argv[2] ?? 100_000);
const ROUNDS = 200;

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** VmRSS / VmHWM (peak) of a process from /proc, in MB; Linux only. */
function memory(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): string =>
      `${Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1]) / 1024)} MB`;
    return `RSS ${field('VmRSS')} (peak ${field('VmHWM')})`;
  } catch {
    return 'RSS unavailable (no /proc)';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const cli = join(import.meta.dirname, 'cli.ts');
  const args = ['--import', 'tsx', cli, '--port', '0', '--seed', `scale:${GRANTS}`, '--rate-limit', 'off'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error('local tenant exited')));
  });
  const startupMs = performance.now() - started;
  const domain = url.replace('http://', '');
  const tokenRes = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: DEFAULT_ADMIN_CLIENT_ID,
      client_secret: DEFAULT_ADMIN_CLIENT_SECRET,
      audience: `https://${domain}/api/v2/`,
    }),
  });
  const headers = {
    authorization: `Bearer ${((await tokenRes.json()) as { access_token: string }).access_token}`,
  };
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`${url}${path}`, { headers });
    if (!res.ok) throw new Error(`${path} → ${res.status}`);
    return res.json();
  };
  const sample = (await get('/api/v2/client-grants?per_page=100&page=5')) as {
    client_id: string;
    audience: string;
  }[];
  const clientIds = sample.map((g) => g.client_id);
  const audiences = sample.map((g) => encodeURIComponent(g.audience));
  const pages = Math.max(1, Math.floor(GRANTS / 100));
  let cursor = '';
  const kinds: Record<string, (i: number) => Promise<unknown>> = {
    'filter client_id + include_totals': (i) =>
      get(`/api/v2/client-grants?client_id=${clientIds[i % clientIds.length] ?? ''}&include_totals=true`),
    'filter audience + include_totals': (i) =>
      get(
        `/api/v2/client-grants?audience=${audiences[i % audiences.length] ?? ''}&include_totals=true&per_page=100`,
      ),
    'unfiltered page (per_page=100, include_totals)': (i) =>
      get(`/api/v2/client-grants?per_page=100&include_totals=true&page=${(i * 37) % pages}`),
    'checkpoint page (take=100, from)': async () => {
      const body = (await get(`/api/v2/client-grants?take=100${cursor ? `&from=${cursor}` : ''}`)) as {
        next?: string;
      };
      cursor = body.next ?? '';
    },
    'filter subject_type=user (full scan)': () =>
      get('/api/v2/client-grants?subject_type=user&include_totals=true&per_page=100'),
  };
  console.log(
    `scale:${GRANTS} tenant ready in ${startupMs.toFixed(0)} ms; ${ROUNDS} sequential requests per kind`,
  );
  for (const [name, run] of Object.entries(kinds)) {
    for (let i = 0; i < 20; i++) await run(i);
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      await run(i);
      samples.push(performance.now() - t);
    }
    const { median, p95 } = stats(samples);
    console.log(`${name.padEnd(48)} median ${median.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms`);
  }
  console.log(`server process ${child.pid === undefined ? 'unknown' : memory(child.pid)}`);
  child.kill('SIGTERM');
}

void main();
