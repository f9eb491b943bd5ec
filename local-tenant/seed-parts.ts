import { resourceServerId, type Random } from './prng.ts';
import type { AppType, Client, ResourceServer, Scope } from './types.ts';

// Building blocks shared by the demo and scale seeds.

export function app(
  id: string,
  name: string,
  appType: AppType,
  secret: string,
  description?: string,
): Client {
  const client: Client = {
    client_id: id,
    name,
    app_type: appType,
    is_first_party: true,
    grant_types:
      appType === 'non_interactive' ? ['client_credentials'] : ['authorization_code', 'refresh_token'],
    client_secret: secret,
  };
  if (description !== undefined) client.description = description;
  return client;
}

export function api(
  random: Random,
  name: string,
  identifier: string,
  nouns: readonly string[],
): ResourceServer {
  const scopes: Scope[] = [];
  for (const noun of nouns) {
    const label = noun.replace(/_/g, ' ');
    for (const [verb, text] of [
      ['read', 'Read'],
      ['create', 'Create'],
      ['update', 'Update'],
      ['delete', 'Delete'],
    ]) {
      scopes.push({ value: `${verb}:${noun}`, description: `${text} ${label}` });
    }
  }
  return {
    id: resourceServerId(random),
    name,
    identifier,
    scopes,
    token_lifetime: 86_400,
    signing_alg: 'RS256',
  };
}

export function pickScopes(random: Random, server: ResourceServer): string[] {
  const count = 1 + random.int(Math.min(5, server.scopes.length));
  const picked = new Set<string>();
  while (picked.size < count) picked.add(random.pick(server.scopes).value);
  return [...picked];
}
