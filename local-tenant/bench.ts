import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import { startTestTenant } from './test-helpers.ts';

// Benchmark: `npx tsx local-tenant/bench.ts [grants]`. Starts a scale tenant in this process
// (rate limit off), times real HTTP requests of each kind and prints median / p95 and RSS.

const GRANTS = Number(process.argv[2] ?? 100_000);
const ROUNDS = 200;

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const tenant = await startTestTenant({ seed: `scale:${GRANTS}`, rateLimit: 'off' });
  const startupMs = performance.now() - started;
  const token = await tenant.token();
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`${tenant.url}${path}`, { headers });
    if (!res.ok) throw new Error(`${path} → ${res.status}`);
    return res.json();
  };
  const page = (await get('/api/v2/client-grants?per_page=100&page=500')) as {
    client_id: string;
    audience: string;
  }[];
  const clientIds = page.map((g) => g.client_id);
  const audiences = page.map((g) => encodeURIComponent(g.audience));
  let cursor = '';
  const kinds: Record<string, (i: number) => Promise<unknown>> = {
    'filter client_id + include_totals': (i) =>
      get(
        `/api/v2/client-grants?client_id=${clientIds[i % clientIds.length] ?? DEFAULT_ADMIN_CLIENT_ID}&include_totals=true`,
      ),
    'filter audience + include_totals': (i) =>
      get(
        `/api/v2/client-grants?audience=${audiences[i % audiences.length] ?? ''}&include_totals=true&per_page=100`,
      ),
    'unfiltered page (per_page=100, include_totals)': (i) =>
      get(`/api/v2/client-grants?per_page=100&include_totals=true&page=${(i * 37) % 1000}`),
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
    `scale:${GRANTS} tenant started in ${startupMs.toFixed(0)} ms; ${ROUNDS} requests per kind, one at a time`,
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
  console.log(
    `RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (server and client in one process)`,
  );
  await tenant.close();
}

void main();
