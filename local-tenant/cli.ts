import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
import { DEFAULT_LOG_RETENTION_DAYS } from './log-store.ts';
import { DataFileError } from './persistence.ts';
import { parseSeed } from './seed.ts';
import { startLocalTenant, type LocalTenantOptions } from './server.ts';

const USAGE = `Usage: npm run tenant -- [options]

Runs the local tenant: an emulator of the Auth0 Management API subset the grants dashboard uses.

Options:
  --port PORT                      port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --host HOST                      interface to bind (default ${DEFAULT_HOST})
  --data DIR                       keep the tenant in DIR/tenant.json (default: in memory only)
  --seed demo|empty|scale:N        initial data for a new tenant (default demo); scale:N:orgs=M gives
                                   M organizations with 10 associations each (orgs=0: none)
  --admin-client-id ID             client_id of the admin M2M app
  --admin-client-secret SECRET     client_secret of the admin M2M app
  --rate-limit BURST/PER_SECOND|off  token bucket for the whole tenant (default 50/16)
  --token-lifetime SECONDS         lifetime of Management API tokens (default 86400)
  --expose-rate-limit-headers      let browser scripts read x-ratelimit-* (CORS expose; default hidden,
                                   as on Auth0 most likely)
  --log-retention-days DAYS        tenant log events older than DAYS are gone from GET /api/v2/logs
                                   (default ${DEFAULT_LOG_RETENTION_DAYS}, like an Auth0 plan's retention)
  --help                           show this help`;

class UsageError extends Error {}

function positiveInt(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return Number(text);
}

function parseOptions(argv: string[]): LocalTenantOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        'admin-client-id': { type: 'string' },
        'admin-client-secret': { type: 'string' },
        'rate-limit': { type: 'string' },
        'token-lifetime': { type: 'string' },
        'expose-rate-limit-headers': { type: 'boolean' },
        'log-retention-days': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const options: LocalTenantOptions = {
    port: values.port === undefined ? DEFAULT_PORT : positiveInt('port', values.port, 0, 65535),
    host: values.host ?? DEFAULT_HOST,
  };
  if (values.data !== undefined) options.dataDir = values.data;
  if (values.seed !== undefined) {
    const seed = parseSeed(values.seed);
    if (typeof seed === 'string') throw new UsageError(seed);
    options.seed = values.seed;
  }
  const adminId = values['admin-client-id'];
  if (adminId !== undefined) {
    if (!/^[A-Za-z0-9]{32}$/.test(adminId))
      throw new UsageError('--admin-client-id must be 32 letters or digits, like an Auth0 client_id');
    options.adminClientId = adminId;
  }
  const adminSecret = values['admin-client-secret'];
  if (adminSecret !== undefined) {
    if (adminSecret.length < 8) throw new UsageError('--admin-client-secret must be at least 8 characters');
    options.adminClientSecret = adminSecret;
  }
  const rate = values['rate-limit'];
  if (rate !== undefined) {
    const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(rate);
    if (rate === 'off') options.rateLimit = 'off';
    else if (match?.[1] && match[2] && Number(match[1]) >= 1 && Number(match[2]) > 0) {
      options.rateLimit = { burst: Number(match[1]), perSecond: Number(match[2]) };
    } else throw new UsageError(`--rate-limit must be BURST/PER_SECOND (e.g. 50/16) or off, got "${rate}"`);
  }
  const lifetime = values['token-lifetime'];
  if (lifetime !== undefined) options.tokenLifetime = positiveInt('token-lifetime', lifetime, 1, 31_536_000);
  if (values['expose-rate-limit-headers']) options.exposeRateLimitHeaders = true;
  const retention = values['log-retention-days'];
  if (retention !== undefined) options.logRetentionDays = positiveInt('log-retention-days', retention, 1, 3650);
  return options;
}

async function main(): Promise<void> {
  let options: LocalTenantOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `local tenant: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`,
    );
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    const tenant = await startLocalTenant(options);
    process.stdout.write(`Local tenant listening on ${tenant.url}\n`);
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      tenant.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const message = error instanceof DataFileError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`local tenant: could not start: ${message}\n`);
    process.exit(1);
  }
}

void main();
