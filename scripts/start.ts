import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startLocalTenant } from '../local-tenant/server.ts';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET, DEFAULT_PORT } from '../local-tenant/defaults.ts';
import { startDashboardServer } from './serve-dashboard.ts';

// `npm start`: build the dashboard, start the local tenant beside it (persisted in a git-ignored
// folder, so the demo tenant keeps what the admin did) and serve both until Ctrl-C.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    'tenant-port': { type: 'string', default: String(DEFAULT_PORT) },
    data: { type: 'string', default: '.local-tenant-data' },
    seed: { type: 'string', default: 'demo' },
    'expose-rate-limit-headers': { type: 'boolean', default: false },
  },
});

const started = performance.now();
await build({ logLevel: 'warn' });
console.log(`Built the dashboard in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const tenant = await startLocalTenant({
  port: Number(values['tenant-port']),
  dataDir: values.data,
  seed: values.seed,
  exposeRateLimitHeaders: values['expose-rate-limit-headers'],
});
console.log(`Local tenant listening on ${tenant.url} (data in ${values.data}/)`);
const dashboard = await startDashboardServer({
  port: Number(values.port),
  localTenant: { domain: tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
});
console.log(`\nClient Grants dashboard: ${dashboard.url}\nOpen it and press "Connect to local tenant". Ctrl-C stops both.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([dashboard.close(), tenant.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
