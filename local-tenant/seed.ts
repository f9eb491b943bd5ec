import {
  DEFAULT_ADMIN_CLIENT_ID,
  DEFAULT_ADMIN_CLIENT_SECRET,
  READ_ONLY_CLIENT_ID,
  READ_ONLY_CLIENT_SECRET,
} from './defaults.ts';
import { ADMIN_SCOPES, READ_ONLY_SCOPES, managementApiScopes } from './management-scopes.ts';
import { createRandom, grantId, resourceServerId, type Random } from './prng.ts';
import { demoSeed } from './seed-demo.ts';
import { seedOrganizations } from './seed-organizations.ts';
import { app } from './seed-parts.ts';
import { scaleSeed } from './seed-scale.ts';
import type { Grant, ResourceServer, TenantData } from './types.ts';

/** `organizations`: `scale:N:orgs=M`, M organizations with 10 associations each instead of 3 per 100 grants. */
export type SeedSpec =
  { kind: 'demo' } | { kind: 'empty' } | { kind: 'scale'; grants: number; organizations?: number };
export type SeedContext = { managementAudience: string; adminClientId?: string; adminClientSecret?: string };

const MAX_SCALE = 1_000_000;
const MAX_ORGS = 100_000;

/** Parses `demo`, `empty`, `scale:N` or `scale:N:orgs=M`; returns an error message for anything else. */
export function parseSeed(text: string): SeedSpec | string {
  if (text === 'demo' || text === 'empty') return { kind: text };
  const match = /^scale:(\d+)(?::orgs=(\d+))?$/.exec(text);
  const n = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  const orgs = match?.[2] === undefined ? undefined : Number(match[2]);
  const orgsOk = orgs === undefined || (Number.isInteger(orgs) && orgs <= MAX_ORGS);
  if (Number.isInteger(n) && n >= 2 && n <= MAX_SCALE && orgsOk)
    return orgs === undefined
      ? { kind: 'scale', grants: n }
      : { kind: 'scale', grants: n, organizations: orgs };
  return `Unknown seed "${text}": use demo, empty, scale:N or scale:N:orgs=M with 2 <= N <= ${MAX_SCALE} and 0 <= M <= ${MAX_ORGS}`;
}

/** The part every seed shares: Management API, admin app and read-only app with their grants. */
function base(random: Random, ctx: SeedContext): TenantData {
  const management: ResourceServer = {
    id: resourceServerId(random),
    name: 'Auth0 Management API',
    identifier: ctx.managementAudience,
    scopes: managementApiScopes(),
    is_system: true,
    token_lifetime: 86_400,
    signing_alg: 'RS256',
  };
  const adminId = ctx.adminClientId ?? DEFAULT_ADMIN_CLIENT_ID;
  const admin = app(
    adminId,
    'Grants Dashboard (admin)',
    'non_interactive',
    ctx.adminClientSecret ?? DEFAULT_ADMIN_CLIENT_SECRET,
    'Manages client grants from the grants dashboard',
  );
  const readOnly = app(
    READ_ONLY_CLIENT_ID,
    'Grants Auditor (read-only)',
    'non_interactive',
    READ_ONLY_CLIENT_SECRET,
    'Reads grants for audits; cannot change anything',
  );
  const grant = (client: string, scope: readonly string[]): Grant => ({
    id: grantId(random),
    client_id: client,
    audience: management.identifier,
    scope: [...scope],
    subject_type: 'client',
  });
  return {
    clients: [admin, readOnly],
    resourceServers: [management],
    grants: [grant(adminId, ADMIN_SCOPES), grant(READ_ONLY_CLIENT_ID, READ_ONLY_SCOPES)],
  };
}

/** Same seed and context → the same tenant, ids included. */
export function buildSeed(spec: SeedSpec, ctx: SeedContext): TenantData {
  const random = createRandom(spec.kind === 'scale' ? `scale:${spec.grants}` : spec.kind);
  const data = base(random, ctx);
  if (spec.kind === 'demo') demoSeed(random, data);
  if (spec.kind === 'scale') scaleSeed(random, data, spec.grants);
  data.grants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  seedOrganizations(spec, data);
  return data;
}
