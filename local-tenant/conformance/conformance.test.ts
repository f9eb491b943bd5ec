import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from '../defaults.ts';
import { FILE_NAME } from '../persistence.ts';
import { listAllGrants, startTestTenant, type TestTenant } from '../test-helpers.ts';
import type { Client } from '../types.ts';
import { fixture, operation, type FixtureOperation, type Schema } from './fixture.ts';
import { createCases, freeDefaultAudience, freePair, updateCases, type FreePair } from './grant-bodies.ts';
import { expectErrorBody, invalidBodyValues, send, sendChecked, type Answer, type Query } from './harness.ts';
import { collectSamples, type Samples } from './samples.ts';
import {
  describeAnswers,
  describeDepartures,
  describeQueryParameters,
  isDeparture,
  type SuiteContext,
} from './suites.ts';

// Auth0's published description (the fixture) against the local tenant, over HTTP: every documented query
// parameter of every emulated operation with every value its schema names (or a real sample), every 2xx body
// validated against the documented response schema, every schema-forbidden value answered 400.
// The organizations half (organizations, organization client grants, /client-grants/{id}/organizations)
// is covered by conformance-organizations.test.ts.

export const ORGANIZATION_OPERATIONS = new Set([
  'get_client-grant-organizations',
  'get_organizations',
  'get_organizations_by_id',
  'get_name_by_name',
  'get_organization-client-grants',
  'create_organization-client-grants',
  'delete_client-grants_by_grant_id',
  'get_organization_connections',
]);
const OWN_OPERATIONS = fixture.operations.filter((op) => !ORGANIZATION_OPERATIONS.has(op.operationId));

let tenant: TestTenant;
let samples: Samples;

beforeAll(async () => {
  tenant = await startTestTenant();
  samples = await collectSamples(tenant);
});
afterAll(() => tenant.close());

function pathFor(op: FixtureOperation): Record<string, string> {
  switch (op.operationId) {
    case 'get_client-grant':
      return { id: samples.grant.id };
    case 'get_clients_by_id':
      return { id: samples.grant.client_id ?? '' };
    case 'get_resource-servers_by_id':
      return { id: samples.servers[0]?.id ?? '' };
    case 'get_logs_by_id':
      return { id: samples.logId };
    default:
      return {};
  }
}

const ctx: SuiteContext = {
  tenant: () => tenant,
  samples: () => samples,
  pathFor,
  refused: [],
  notEnforced: [],
};

describe('the fixture', () => {
  it('comes from the published description and lists the emulated operations', () => {
    expect(fixture.source).toMatchObject({ repository: 'api-evangelist/auth0', openapi: '3.1.0' });
    expect(fixture.operations).toHaveLength(19);
    // Data only: no prose survived the extraction (a property may be *named* description: its value is a schema).
    const prose: string[] = [];
    JSON.stringify(fixture, (key, value: unknown) => {
      if (
        ['description', 'summary', 'example', 'examples', 'title'].includes(key) &&
        typeof value === 'string'
      )
        prose.push(value);
      return value;
    });
    expect(prose).toEqual([]);
  });
});

describe('scopes', () => {
  // The 403 text lists the scopes an operation accepts: Auth0's list, in Auth0's order (the fixture's
  // `security`), and a token holding any one of them is let through.
  const dummyPath = (op: FixtureOperation): Record<string, string> =>
    Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'no-such-id']));

  it('every operation accepts exactly the scopes the description lists', async () => {
    const [grant] = (await (
      await tenant.call(`/api/v2/client-grants?client_id=${READ_ONLY_CLIENT_ID}`)
    ).json()) as { id: string; scope: string[] }[];
    const patch = (scope: string[]) =>
      tenant.call(`/api/v2/client-grants/${grant?.id ?? ''}`, { method: 'PATCH', json: { scope } });
    const tokenWith = async (scope: string[]): Promise<string> => {
      expect((await patch(scope)).status).toBe(200);
      return tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    };
    try {
      const unrelated = await tokenWith(['read:connections']);
      for (const op of fixture.operations) {
        const answer = await send(tenant, op, { path: dummyPath(op) }, unrelated);
        expectErrorBody(answer, 403, 'insufficient_scope');
        const { message } = answer.body as { message: string };
        expect(message, op.operationId).toBe(`Insufficient scope, expected any of: ${op.scopes.join(',')}`);
      }
      for (const scope of new Set(fixture.operations.flatMap((op) => op.scopes))) {
        const token = await tokenWith([scope]);
        for (const op of fixture.operations.filter((o) => o.scopes.includes(scope))) {
          const answer = await send(tenant, op, { path: dummyPath(op) }, token);
          expect(answer.status, `${op.operationId} with ${scope}`).not.toBe(403);
        }
      }
    } finally {
      await patch(grant?.scope ?? []);
    }
  });
});

describeQueryParameters(OWN_OPERATIONS, ctx);
describeAnswers(OWN_OPERATIONS, ctx);

describe('paging shapes', () => {
  const walk = async (path: string, key: string, take: number): Promise<string[]> => {
    const ids: string[] = [];
    let from: string | undefined;
    for (let guard = 0; guard < 1000; guard++) {
      const query: Query = { take: String(take), ...(from ? { from } : {}) };
      const answer = await sendChecked(tenant, operation('GET', path), { query });
      const body = answer.body as Record<string, { client_id?: string; id?: string }[]> & { next?: string };
      ids.push(...(body[key] ?? []).map((item) => item.id ?? item.client_id ?? ''));
      if (body.next === undefined) return ids;
      from = body.next;
    }
    throw new Error('no end');
  };

  it('GET /clients pages by checkpoint (take/from → {clients, next}) through every client once', async () => {
    const ids = await walk('/clients', 'clients', 7);
    expect(ids).toEqual(samples.clientIds);
  });

  it('GET /client-grants pages by checkpoint through every grant once', async () => {
    const ids = await walk('/client-grants', 'client_grants', 40);
    expect(ids.length).toBeGreaterThan(40);
    // Every grant, each once: a walk that skipped or repeated one must fail.
    const all = (await listAllGrants(tenant)).map((grant) => grant.id);
    expect([...ids].sort()).toEqual(all.sort());
  });

  it("answers the Deploy CLI's first request (page, per_page, include_totals, is_global=false)", async () => {
    const op = operation('GET', '/clients');
    const query = { page: '0', per_page: '100', include_totals: 'true', is_global: 'false' };
    const answer = await sendChecked(tenant, op, { query });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ start: 0, limit: 100, total: samples.clientIds.length });
  });
});

describe('GET /clients filters', () => {
  const op = operation('GET', '/clients');
  const ids = async (query: Query, on: TestTenant = tenant): Promise<string[]> => {
    const answer = await sendChecked(on, op, { query });
    expect(answer.status).toBe(200);
    const body = answer.body as { clients: { client_id: string }[] } | { client_id: string }[];
    return (Array.isArray(body) ? body : body.clients).map((c) => c.client_id);
  };

  it('is_global: no local client is the global one', async () => {
    expect(await ids({ is_global: 'true', per_page: '100' })).toEqual([]);
    expect(await ids({ is_global: 'false', per_page: '100' })).toEqual(samples.clientIds.slice(0, 100));
  });

  it('external_client_id: an exact match, on a tenant holding one CIMD-registered client', async () => {
    const url = 'https://cimd.example.com/client.json';
    // No seeded client is CIMD-registered: give one an external_client_id in a saved tenant and restart it.
    expect(await ids({ external_client_id: url })).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    try {
      await (await startTestTenant({ seed: 'empty', dataDir: dir })).close();
      const file = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as { clients: Client[] };
      const [registered, other] = file.clients;
      expect(other, 'the empty seed has at least two clients').toBeDefined();
      if (registered) registered.external_client_id = url;
      writeFileSync(join(dir, FILE_NAME), JSON.stringify(file));
      const saved = await startTestTenant({ dataDir: dir });
      try {
        expect(await ids({ external_client_id: url }, saved)).toEqual([registered?.client_id]);
        // Exact: neither another URL nor a prefix of this one matches.
        expect(await ids({ external_client_id: 'https://other.example.com/client.json' }, saved)).toEqual([]);
        expect(await ids({ external_client_id: 'https://cimd.example.com/' }, saved)).toEqual([]);
      } finally {
        await saved.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('q=client_grant.allow_any_organization:true selects the apps holding such a grant', async () => {
    const grants = (
      await sendChecked(tenant, operation('GET', '/client-grants'), {
        query: { allow_any_organization: 'true', per_page: '100' },
      })
    ).body as { client_id?: string }[];
    const expected = samples.clientIds.filter((id) => grants.some((g) => g.client_id === id));
    // Neither none nor all: an emulator that ignored q, or matched nothing, must fail here.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(samples.clientIds.length);
    expect(await ids({ q: 'client_grant.allow_any_organization:true', take: '100' })).toEqual(expected);
  });

  it('q takes checkpoint paging only, no other filter, and only its two queries', async () => {
    const q = 'client_grant.allow_any_organization:true';
    const queries: Query[] = [
      { q },
      { q, page: '0', take: '10' },
      { q, per_page: '10' },
      { q, include_totals: 'true', take: '10' },
      { q, take: '10', app_type: 'spa' },
      { q, take: '10', is_first_party: 'true' },
      { q, take: '10', is_global: 'false' },
      { q, take: '10', external_client_id: 'https://x.example.com/' },
      { q: 'name:Inventory', take: '10' },
      { q: 'client_grant.allow_any_organization:false', take: '10' },
    ];
    for (const query of queries) {
      expectErrorBody(await send(tenant, op, { query }), 400, 'invalid_query_string');
    }
  });
});

describe('GET /resource-servers/{id} and GET /clients/{id}', () => {
  it('finds an API by id or by identifier, the same object', async () => {
    const op = operation('GET', '/resource-servers/{id}');
    for (const server of samples.servers) {
      const byId = await sendChecked(tenant, op, {
        path: { id: server.id },
        query: { include_fields: 'true' },
      });
      const byIdentifier = await sendChecked(tenant, op, { path: { id: server.identifier } });
      expect(byId.body).toEqual(byIdentifier.body);
      expect(byId.body).toMatchObject({ id: server.id, identifier: server.identifier });
    }
  });

  it('answers 404 with Auth0 error bodies for unknown ids', async () => {
    for (const [method, path] of [
      ['GET', '/resource-servers/{id}'],
      ['GET', '/clients/{id}'],
      ['GET', '/client-grants/{id}'],
      ['GET', '/logs/{id}'],
    ] as const) {
      expectErrorBody(await send(tenant, operation(method, path), { path: { id: 'unknown123' } }), 404);
    }
  });

  it('refuses more than 10 identifiers', async () => {
    const identifiers = Array.from({ length: 11 }, (_, i) => `https://api${i}.example.com/`);
    const answer = await send(tenant, operation('GET', '/resource-servers'), { query: { identifiers } });
    expectErrorBody(answer, 400, 'invalid_query_string');
  });
});

describe('GET /logs: q (the docs) and search (the description)', () => {
  it('are the same query; both at once is refused', async () => {
    const op = operation('GET', '/logs');
    const byQ = await send(tenant, op, { query: { q: 'type:seccft', per_page: '20' } });
    const bySearch = await sendChecked(tenant, op, { query: { search: 'type:seccft', per_page: '20' } });
    expect(byQ.status).toBe(200);
    expect(byQ.body).toEqual(bySearch.body);
    expectErrorBody(await send(tenant, op, { query: { q: 'type:seccft', search: 'type:seccft' } }), 400);
  });
});

describe('GET /logs: fields follows the pattern', () => {
  it('refuses spaces and empty names, which the pattern (names joined by bare commas) forbids', async () => {
    const op = operation('GET', '/logs');
    expect((await sendChecked(tenant, op, { query: { fields: 'date,type' } })).status).toBe(200);
    for (const fields of ['date, type', ' date', 'date ', 'date,,type', 'date,']) {
      expectErrorBody(await send(tenant, op, { query: { fields } }), 400, 'invalid_query_string');
    }
  });
});

describe('POST, PATCH and DELETE /client-grants: every documented body field', () => {
  const create = operation('POST', '/client-grants');
  const update = operation('PATCH', '/client-grants/{id}');
  const remove = operation('DELETE', '/client-grants/{id}');
  let pair: FreePair;
  let defaultAudience: string;

  beforeAll(async () => {
    const grants = await listAllGrants(tenant);
    pair = freePair(grants, samples.clientIds, samples.servers);
    defaultAudience = freeDefaultAudience(grants, samples.servers);
  });

  const properties = (op: FixtureOperation): string[] =>
    Object.keys(op.requestBody?.schema.properties ?? {}).sort();
  const created = async (answer: Answer): Promise<void> => {
    const id = (answer.body as { id: string }).id;
    expect((await sendChecked(tenant, remove, { path: { id } })).status).toBe(204);
  };
  const check = (
    op: FixtureOperation,
    field: string,
    value: unknown,
    answer: Answer,
    expected: number,
  ): void => {
    const found = { operationId: op.operationId, parameter: field, value: JSON.stringify(value), reason: '' };
    if (answer.status === expected) return;
    expect(
      isDeparture('refused', found),
      `${op.operationId} ${field}=${found.value}: ${JSON.stringify(answer.body)}`,
    ).toBe(true);
    ctx.refused.push(found);
  };

  it('POST creates with each field and each documented value (201, body validates), then DELETE (204)', async () => {
    const cases = createCases(pair, defaultAudience);
    expect([...new Set(cases.map((c) => c.field))].sort()).toEqual(properties(create));
    for (const { field, body } of cases) {
      const answer = await sendChecked(tenant, create, { body });
      check(create, field, body[field], answer, 201);
      if (answer.status === 201) await created(answer);
    }
  });

  it('POST takes the documented form-encoded body too', async () => {
    const answer = await sendChecked(tenant, create, {
      form: { client_id: pair.clientId, audience: pair.audience },
    });
    expect(answer.status).toBe(201);
    await created(answer);
  });

  it('POST refuses values the schema forbids, a missing audience and an extra field (400 invalid_body)', async () => {
    const base = { client_id: pair.clientId, audience: pair.audience };
    for (const [field, schema] of Object.entries(create.requestBody?.schema.properties ?? {})) {
      for (const { value } of invalidBodyValues(schema as Schema)) {
        expectErrorBody(
          await send(tenant, create, { body: { ...base, [field]: value } }),
          400,
          'invalid_body',
        );
      }
    }
    expectErrorBody(await send(tenant, create, { body: { client_id: pair.clientId } }), 400, 'invalid_body');
    expectErrorBody(await send(tenant, create, { body: { ...base, foo: 1 } }), 400, 'invalid_body');
  });

  it('PATCH updates with each field and each documented value, null included (200, body validates)', async () => {
    const grant = await sendChecked(tenant, create, {
      body: { client_id: pair.clientId, audience: pair.audience, subject_type: 'user' },
    });
    const id = (grant.body as { id: string }).id;
    const cases = updateCases(pair);
    expect([...new Set(cases.map((c) => c.field))].sort()).toEqual(properties(update));
    for (const { field, body } of cases) {
      check(update, field, body[field], await sendChecked(tenant, update, { path: { id }, body }), 200);
    }
    expect(
      (await sendChecked(tenant, update, { path: { id }, form: { organization_usage: 'deny' } })).status,
    ).toBe(200);
    for (const [field, schema] of Object.entries(update.requestBody?.schema.properties ?? {})) {
      for (const { value } of invalidBodyValues(schema as Schema)) {
        expectErrorBody(
          await send(tenant, update, { path: { id }, body: { [field]: value } }),
          400,
          'invalid_body',
        );
      }
    }
    expectErrorBody(await send(tenant, update, { path: { id }, body: {} }), 400, 'invalid_body');
    expectErrorBody(
      await send(tenant, update, { path: { id }, body: { client_id: pair.clientId } }),
      400,
      'invalid_body',
    );
    await created(grant);
  });

  it('refuses the writes to a token without their scopes (403 insufficient_scope)', async () => {
    const readOnly = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const id = samples.grant.id;
    const body = { scope: [] };
    expectErrorBody(
      await send(tenant, create, { body: { audience: pair.audience } }, readOnly),
      403,
      'insufficient_scope',
    );
    expectErrorBody(await send(tenant, update, { path: { id }, body }, readOnly), 403, 'insufficient_scope');
    expectErrorBody(await send(tenant, remove, { path: { id } }, readOnly), 403, 'insufficient_scope');
  });
});

describeDepartures(OWN_OPERATIONS, ctx);
