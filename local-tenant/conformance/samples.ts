import { listAllGrants, json, type GrantJson, type TestTenant } from '../test-helpers.ts';
import type { Query } from './harness.ts';

// Real values from a running local tenant for the parameters whose schema alone gives no usable value
// (ids, identifiers, cursors, queries). Keys are `operationId:parameter`.

export type Samples = {
  grant: GrantJson;
  clientIds: string[];
  servers: { id: string; identifier: string; is_system?: boolean; scopes: { value: string }[] }[];
  logId: string;
  query: Record<string, (string | string[])[]>;
  /** Parameters a value needs beside it (`q` on /clients needs checkpoint paging). */
  companions: Record<string, Query>;
};

async function listAll<T>(tenant: TestTenant, path: string, key: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; ; page++) {
    const body = await json<Record<string, T[]>>(
      await tenant.call(`${path}?per_page=100&page=${page}&include_totals=true`),
    );
    const batch = body[key] ?? [];
    items.push(...batch);
    if (batch.length < 100) return items;
  }
}

/** The `next` cursor after one item, if the tenant pages that list by checkpoint (the test then says if not). */
async function nextCursor(tenant: TestTenant, path: string): Promise<string[]> {
  const body = await json<{ next?: string }>(await tenant.call(`${path}?take=1`));
  return body.next === undefined ? [] : [body.next];
}

export async function collectSamples(tenant: TestTenant): Promise<Samples> {
  const grants = await listAllGrants(tenant);
  const grant = grants.find((g) => !g.is_system && g.client_id !== undefined && g.subject_type === 'client');
  if (!grant?.client_id) throw new Error('the demo seed has no ordinary grant');
  const clientIds = (await listAll<{ client_id: string }>(tenant, '/api/v2/clients', 'clients')).map(
    (c) => c.client_id,
  );
  const servers = await listAll<Samples['servers'][number]>(
    tenant,
    '/api/v2/resource-servers',
    'resource_servers',
  );
  const [log] = await json<{ log_id: string }[]>(await tenant.call('/api/v2/logs?per_page=1'));
  if (!log) throw new Error('the demo seed has no log event');
  const [first, second] = servers.filter((s) => !s.is_system);
  if (!first || !second) throw new Error('the demo seed has fewer than two APIs');
  return {
    grant,
    clientIds,
    servers,
    logId: log.log_id,
    query: {
      'get_client-grants:from': [...(await nextCursor(tenant, '/api/v2/client-grants')), grant.id],
      'get_client-grants:audience': [grant.audience],
      'get_client-grants:client_id': [grant.client_id],
      'get_clients:fields': [
        'client_id,name',
        'client_id,name,app_type,is_first_party,description,grant_types',
      ],
      'get_clients:app_type': ['non_interactive', 'non_interactive,spa,regular_web,native,zoom'],
      'get_clients:external_client_id': ['https://cimd.example.com/client.json'],
      'get_clients:from': [...(await nextCursor(tenant, '/api/v2/clients')), grant.client_id],
      'get_clients:q': [
        'client_grant.allow_any_organization:true',
        'client_grant.organization_id:org_0000000000000000',
      ],
      'get_clients_by_id:fields': ['client_id,name', 'app_type,is_first_party'],
      'get_resource-servers:identifiers': [[first.identifier], [first.identifier, second.identifier]],
      // Beside the description's names, the docs' searchable fields (log_id, hostname, …).
      'get_logs:sort': [
        'date:1',
        'date:-1',
        'type:1',
        'client_name:-1',
        'user_agent:1',
        'log_id:1',
        'hostname:-1',
      ],
      'get_logs:fields': [
        'date,type,client_id',
        'log_id,date,type',
        'hostname,organization_id,connection_id',
      ],
      'get_logs:from': [log.log_id],
      // The schema gives take no bounds; its prose says max 100 (101 is an argued refusal, choices.ts).
      'get_logs:take': ['0', '1', '100', '101'],
      'get_logs:search': ['type:seccft', 'type:sapi AND client_id:x'],
    },
    companions: { 'get_clients:q': { take: '10' } },
  };
}
