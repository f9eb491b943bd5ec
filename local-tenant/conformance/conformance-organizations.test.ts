import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, listAllGrants, startTestTenant, type TestTenant } from '../test-helpers.ts';
import { fixture, operation, type FixtureOperation, type Schema } from './fixture.ts';
import { freePair } from './grant-bodies.ts';
import { expectErrorBody, invalidBodyValues, send, sendChecked } from './harness.ts';
import { collectSamples, type Samples } from './samples.ts';
import { describeAnswers, describeDepartures, describeQueryParameters, type SuiteContext } from './suites.ts';

// The organizations half of the conformance test: GET /organizations (list, by id, by name), organization
// client grants (list, associate, remove), GET /client-grants/{id}/organizations and an organization's
// connections (GET /organizations/{id}/connections), against the published description. These routes come from the `orgs` branch: this file passes once that branch is merged
// (and Tenant.organizationGrantIds is wired to its store, for GET /clients?q=client_grant.organization_id:…).

const ORGANIZATION_OPERATION_IDS = new Set([
  'get_client-grant-organizations',
  'get_organizations',
  'get_organizations_by_id',
  'get_name_by_name',
  'get_organization-client-grants',
  'create_organization-client-grants',
  'delete_client-grants_by_grant_id',
  'get_organization_connections',
]);
const ORGANIZATION_OPERATIONS = fixture.operations.filter((op) =>
  ORGANIZATION_OPERATION_IDS.has(op.operationId),
);

type Org = { id: string; name: string };
type OrgGrant = { id: string; client_id: string; audience: string };

let tenant: TestTenant;
let samples: Samples;
/** An organization with at least two associated grants, and a grant associated with at least one organization. */
let org: Org;
let orgGrants: OrgGrant[];
let associatedGrantId: string;
/** An organization with connections (the demo seed enables two on acme-corp). */
let orgWithConnections: Org;

async function nextOf(path: string): Promise<string[]> {
  const body = await json<{ next?: string }>(
    await tenant.call(`${path}${path.includes('?') ? '&' : '?'}take=1`),
  );
  return body.next === undefined ? [] : [body.next];
}

beforeAll(async () => {
  tenant = await startTestTenant();
  const base = await collectSamples(tenant);
  const orgs = await json<Org[]>(await tenant.call('/api/v2/organizations?per_page=100'));
  let found: { org: Org; grants: OrgGrant[] } | undefined;
  for (const candidate of orgs) {
    const grants = await json<OrgGrant[]>(
      await tenant.call(`/api/v2/organizations/${candidate.id}/client-grants?per_page=100`),
    );
    if (grants.length >= 2) found = { org: candidate, grants };
    if (found) break;
  }
  if (!found) throw new Error('the demo seed has no organization with two associated grants');
  const acme = orgs.find((o) => o.name === 'acme-corp');
  if (!acme) throw new Error('the demo seed has no acme-corp organization');
  orgWithConnections = acme;
  ({ org, grants: orgGrants } = found);
  const [first, second] = orgGrants as [OrgGrant, OrgGrant];
  associatedGrantId = first.id;
  // A grant in two organizations or more gives a `next` cursor for GET /client-grants/{id}/organizations.
  for (const grant of orgGrants) {
    const orgsOfGrant = await json<Org[]>(
      await tenant.call(`/api/v2/client-grants/${grant.id}/organizations`),
    );
    if (orgsOfGrant.length >= 2) associatedGrantId = grant.id;
    if (orgsOfGrant.length >= 2) break;
  }
  samples = {
    ...base,
    query: {
      ...base.query,
      'get_organizations:from': await nextOf('/api/v2/organizations'),
      'get_organizations:sort': ['name:1', 'name:-1', 'display_name:1', 'created_at:-1'],
      'get_client-grant-organizations:from': [
        ...(await nextOf(`/api/v2/client-grants/${associatedGrantId}/organizations`)),
      ],
      'get_organization-client-grants:audience': [first.audience],
      'get_organization-client-grants:client_id': [first.client_id],
      'get_organization-client-grants:grant_ids': [[first.id], [first.id, second.id]],
    },
  };
});
afterAll(() => tenant.close());

function pathFor(op: FixtureOperation): Record<string, string> {
  switch (op.operationId) {
    case 'get_client-grant-organizations':
      return { id: associatedGrantId };
    case 'get_organizations_by_id':
    case 'get_organization-client-grants':
      return { id: org.id };
    case 'get_name_by_name':
      return { name: org.name };
    case 'get_organization_connections':
      return { id: orgWithConnections.id };
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

describeQueryParameters(ORGANIZATION_OPERATIONS, ctx);
describeAnswers(ORGANIZATION_OPERATIONS, ctx);

describe('organizations by id and by name', () => {
  it('are the same organization; unknown ones are 404 with Auth0 error bodies', async () => {
    const byId = await sendChecked(tenant, operation('GET', '/organizations/{id}'), { path: { id: org.id } });
    const byName = await sendChecked(tenant, operation('GET', '/organizations/name/{name}'), {
      path: { name: org.name },
    });
    expect(byId.body).toEqual(byName.body);
    expectErrorBody(
      await send(tenant, operation('GET', '/organizations/{id}'), { path: { id: 'org_unknown' } }),
      404,
    );
    expectErrorBody(
      await send(tenant, operation('GET', '/organizations/name/{name}'), { path: { name: 'no-such-org' } }),
      404,
    );
  });
});

describe('POST and DELETE /organizations/{id}/client-grants: the documented body', () => {
  const associate = operation('POST', '/organizations/{id}/client-grants');
  const dissociate = operation('DELETE', '/organizations/{id}/client-grants/{grant_id}');
  const list = operation('GET', '/organizations/{id}/client-grants');

  it('associates a grant (201, body validates), lists it, removes it (204)', async () => {
    const pair = freePair(await listAllGrants(tenant), samples.clientIds, samples.servers);
    const grant = await sendChecked(tenant, operation('POST', '/client-grants'), {
      body: { client_id: pair.clientId, audience: pair.audience, organization_usage: 'allow' },
    });
    const grantId = (grant.body as { id: string }).id;
    const created = await sendChecked(tenant, associate, {
      path: { id: org.id },
      body: { grant_id: grantId },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: grantId });
    const listed = await sendChecked(tenant, list, { path: { id: org.id }, query: { grant_ids: grantId } });
    expect((listed.body as { id: string }[]).map((g) => g.id)).toEqual([grantId]);
    expect((await sendChecked(tenant, dissociate, { path: { id: org.id, grant_id: grantId } })).status).toBe(
      204,
    );
    await sendChecked(tenant, operation('DELETE', '/client-grants/{id}'), { path: { id: grantId } });
  });

  it('refuses values the schema forbids, a missing grant_id and an extra field (400 invalid_body)', async () => {
    const path = { id: org.id };
    for (const [field, schema] of Object.entries(associate.requestBody?.schema.properties ?? {})) {
      for (const { value } of invalidBodyValues(schema as Schema)) {
        expectErrorBody(
          await send(tenant, associate, { path, body: { [field]: value } }),
          400,
          'invalid_body',
        );
      }
    }
    expectErrorBody(await send(tenant, associate, { path, body: {} }), 400, 'invalid_body');
    expectErrorBody(
      await send(tenant, associate, { path, body: { grant_id: associatedGrantId, foo: 1 } }),
      400,
      'invalid_body',
    );
  });
});

describe('GET /clients?q=client_grant.organization_id:{id}', () => {
  it('selects the apps holding a grant associated with the organization (checkpoint paging)', async () => {
    const answer = await sendChecked(tenant, operation('GET', '/clients'), {
      query: { q: `client_grant.organization_id:${org.id}`, take: '100' },
    });
    const ids = (answer.body as { clients: { client_id: string }[] }).clients.map((c) => c.client_id);
    const expected = samples.clientIds.filter((id) => orgGrants.some((g) => g.client_id === id));
    expect(ids).toEqual(expected);
    expect(ids.length).toBeGreaterThan(0);
  });
});

describeDepartures(ORGANIZATION_OPERATIONS, ctx);
