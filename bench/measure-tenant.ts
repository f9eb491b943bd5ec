import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

// Figure 6: the local tenant's own list latency at scale:100000, by running local-tenant/bench.ts
// (its own process, rate limit off, 200 sequential requests per kind after 20 warm-ups) and parsing it.

export type TenantLatency = { kind: string; median: number; p95: number }[];
export type TenantBench = { latencies: TenantLatency; readyMs: number; memory: string; raw: string };

export async function measureTenant(grants = 100_000): Promise<TenantBench> {
  const script = resolve(import.meta.dirname, '..', 'local-tenant', 'bench.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(grants)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let raw = '';
  child.stdout.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`local-tenant/bench.ts exited with ${code}`);
  const latencies: TenantLatency = [];
  for (const line of raw.split('\n')) {
    const match = /^(.+?)\s+median ([\d.]+) ms\s+p95 ([\d.]+) ms/.exec(line);
    if (match?.[1]) latencies.push({ kind: match[1].trim(), median: Number(match[2]), p95: Number(match[3]) });
  }
  const readyMs = Number(/ready in (\d+) ms/.exec(raw)?.[1] ?? Number.NaN);
  const memory = /server process (.+)/.exec(raw)?.[1] ?? 'unknown';
  return { latencies, readyMs, memory, raw };
}
