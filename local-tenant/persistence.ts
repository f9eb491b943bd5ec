import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LogEvent } from './log-store.ts';
import type { TenantData } from './types.ts';

// On-disk format: one JSON document with a marker and a version, so a file that is not ours (or a
// future version) is refused with a clear message instead of being silently replaced by a fresh seed.
export const FILE_NAME = 'tenant.json';
export const FORMAT = 'auth0-local-tenant';
export const VERSION = 1;

export type TenantFile = {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** The Management API identifier when the file was written; it follows the port, so it is remapped on load. */
  management_audience: string;
  signing_key: { kid: string; private_key_pem: string };
  clients: TenantData['clients'];
  resource_servers: TenantData['resourceServers'];
  client_grants: TenantData['grants'];
  /** Tenant log events, oldest first. Optional: files written before logs existed load with none. */
  logs?: LogEvent[];
  /** Optional: files written before organizations existed load with none. */
  organizations?: NonNullable<TenantData['organizations']>;
  organization_client_grants?: NonNullable<TenantData['organizationGrants']>;
  /** Optional: files written before connections existed load with none. */
  connections?: NonNullable<TenantData['connections']>;
  organization_connections?: NonNullable<TenantData['organizationConnections']>;
};

export class DataFileError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the tenant file; `undefined` when none exists yet. Anything unreadable throws DataFileError. */
export function readTenantFile(dir: string): TenantFile | undefined {
  const path = join(dir, FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new DataFileError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DataFileError(
      `${path} is corrupt (not valid JSON). Move it away or restore a backup; the local tenant will not overwrite it.`,
    );
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT) {
    throw new DataFileError(
      `${path} is not a local tenant data file (format marker "${FORMAT}" missing). Refusing to overwrite it.`,
    );
  }
  if (parsed.version !== VERSION) {
    throw new DataFileError(
      `${path} has version ${String(parsed.version)}; this local tenant reads version ${VERSION}.`,
    );
  }
  const key = parsed.signing_key;
  if (
    typeof parsed.management_audience !== 'string' ||
    !isRecord(key) ||
    typeof key.kid !== 'string' ||
    typeof key.private_key_pem !== 'string' ||
    !Array.isArray(parsed.clients) ||
    !Array.isArray(parsed.resource_servers) ||
    !Array.isArray(parsed.client_grants)
  ) {
    throw new DataFileError(
      `${path} is incomplete or corrupt (missing keys, clients, resource_servers or client_grants).`,
    );
  }
  const str = (value: unknown, key: string): boolean => isRecord(value) && typeof value[key] === 'string';
  const bad =
    parsed.clients.findIndex((c: unknown) => !str(c, 'client_id') || !str(c, 'client_secret')) >= 0 ||
    parsed.resource_servers.findIndex(
      (r: unknown) => !str(r, 'identifier') || !Array.isArray((r as { scopes?: unknown }).scopes),
    ) >= 0 ||
    parsed.client_grants.findIndex(
      (g: unknown) => !str(g, 'id') || !str(g, 'audience') || !str(g, 'subject_type'),
    ) >= 0;
  if (bad)
    throw new DataFileError(`${path} is corrupt: a client, resource server or grant lacks required fields.`);
  const logs = parsed.logs;
  if (
    logs !== undefined &&
    (!Array.isArray(logs) || logs.findIndex((e: unknown) => !str(e, 'log_id') || !str(e, 'date') || !str(e, 'type')) >= 0)
  )
    throw new DataFileError(`${path} is corrupt: its logs are not a list of events with log_id, date and type.`);
  checkOrganizations(parsed, path);
  return parsed as TenantFile;
}

function checkOrganizations(parsed: Record<string, unknown>, path: string): void {
  const str = (value: unknown, key: string): boolean => isRecord(value) && typeof value[key] === 'string';
  const orgs = parsed.organizations;
  if (orgs !== undefined && (!Array.isArray(orgs) || orgs.some((o: unknown) => !str(o, 'id') || !str(o, 'name'))))
    throw new DataFileError(`${path} is corrupt: its organizations are not a list of objects with id and name.`);
  const links = parsed.organization_client_grants;
  if (
    links !== undefined &&
    (!Array.isArray(links) || links.some((l: unknown) => !str(l, 'organization_id') || !str(l, 'grant_id')))
  )
    throw new DataFileError(
      `${path} is corrupt: its organization_client_grants are not a list of {organization_id, grant_id}.`,
    );
  const connections = parsed.connections;
  if (connections !== undefined && (!Array.isArray(connections) || connections.some((c: unknown) => !str(c, 'id') || !str(c, 'name'))))
    throw new DataFileError(`${path} is corrupt: its connections are not a list of objects with id and name.`);
  const enabled = parsed.organization_connections;
  if (
    enabled !== undefined &&
    (!Array.isArray(enabled) || enabled.some((l: unknown) => !str(l, 'organization_id') || !str(l, 'connection_id')))
  )
    throw new DataFileError(
      `${path} is corrupt: its organization_connections are not a list of {organization_id, connection_id, …}.`,
    );
}

/** Write temp file → fsync → rename → fsync dir: a crash leaves either the old or the new file, never half of one. */
export function writeTenantFile(dir: string, file: TenantFile): void {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, FILE_NAME);
  const temp = join(dir, `.${FILE_NAME}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(file));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
