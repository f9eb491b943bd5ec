import { seededClientSecret } from './defaults.ts';
import { clientId, grantId, type Random } from './prng.ts';
import { SCALE_APP_KINDS, SCALE_APP_WORDS } from './seed-catalog.ts';
import { api, app, pickScopes } from './seed-parts.ts';
import type { AppType, Client, ResourceServer, TenantData } from './types.ts';

// scale:N — exactly N grants over N/10 apps and N/100 APIs, for paging and benchmarks, plus one API with
// exactly 1,000 scopes (and no grant) for the scope picker's benchmark.

export const WIDE_API_NAME = 'Wide API (1,000 scopes)';
export const WIDE_API_IDENTIFIER = 'https://wide.example.com/';
const WIDE_API_NOUNS = 250; // × read/create/update/delete

/** Nouns `records_001` … `records_250`: 1,000 scopes in a stable order, the same for every N. */
function wideApi(random: Random): ResourceServer {
  const nouns = Array.from({ length: WIDE_API_NOUNS }, (_, i) => `records_${String(i + 1).padStart(3, '0')}`);
  return api(random, WIDE_API_NAME, WIDE_API_IDENTIFIER, nouns);
}

export function scaleSeed(random: Random, data: TenantData, total: number): void {
  const appCount = Math.max(20, Math.ceil(total / 10));
  const apiCount = Math.max(10, Math.ceil(total / 100));
  const apps: Client[] = [];
  for (let i = 0; i < appCount; i++) {
    const id = clientId(random);
    const type: AppType = i % 5 === 4 ? 'spa' : 'non_interactive';
    apps.push(
      app(
        id,
        `${random.pick(SCALE_APP_WORDS)} ${random.pick(SCALE_APP_KINDS)} ${i + 1}`,
        type,
        seededClientSecret(id),
      ),
    );
  }
  const apis: ResourceServer[] = [];
  for (let i = 0; i < apiCount; i++) {
    const word = random.pick(SCALE_APP_WORDS).toLowerCase();
    apis.push(
      api(random, `${random.pick(SCALE_APP_WORDS)} API ${i + 1}`, `https://api-${i + 1}.example.com/`, [
        word,
        `${word}_items`,
      ]),
    );
  }
  data.clients.push(...apps);
  data.resourceServers.push(...apis);
  const taken = new Set<string>();
  for (let i = 0; data.grants.length < total; i++) {
    const client = apps[i % appCount];
    let apiIndex = (Math.floor(i / appCount) * 7 + i) % apiCount;
    if (!client) break;
    while (taken.has(`${client.client_id}|${apiIndex}`)) apiIndex = (apiIndex + 1) % apiCount;
    taken.add(`${client.client_id}|${apiIndex}`);
    const target = apis[apiIndex];
    if (!target) break;
    data.grants.push({
      id: grantId(random),
      client_id: client.client_id,
      audience: target.identifier,
      scope: pickScopes(random, target),
      subject_type: client.app_type === 'non_interactive' ? 'client' : 'user',
    });
  }
  // Drawn last so the rest of the tenant is the same as before it existed.
  data.resourceServers.push(wideApi(random));
}
