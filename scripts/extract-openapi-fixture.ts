// Extracts, as data only, what the conformance test needs from Auth0's OpenAPI 3.1 description of the
// Management API v2, for the operations the local tenant emulates: parameters (name, in, required,
// schema with type / enum / ranges / pattern), request body schemas and 2xx response schemas, with
// every $ref resolved and every piece of prose (description, summary, examples, x-* notes) left out.
//
// Source (not committed, about 2.3 MB): the public GitHub repository `api-evangelist/auth0`,
// file `openapi/_original/auth0-management-api-openapi.yml` (Auth0's own description, generated from
// the same source as its SDKs). To refresh the fixture, download that file and run
//
//   npx tsx scripts/extract-openapi-fixture.ts path/to/auth0-management-api-openapi.yml
//
// which rewrites local-tenant/conformance/openapi-fixture.json (the sha256 of the source is recorded in
// it). Then run `npx vitest run local-tenant/conformance` and read what changed.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const SOURCE = {
  repository: 'api-evangelist/auth0',
  path: 'openapi/_original/auth0-management-api-openapi.yml',
};

/** The operations the local tenant emulates (method, path as in the description). */
export const EMULATED_OPERATIONS: readonly (readonly [string, string])[] = [
  ['get', '/client-grants'],
  ['post', '/client-grants'],
  ['get', '/client-grants/{id}'],
  ['patch', '/client-grants/{id}'],
  ['delete', '/client-grants/{id}'],
  ['get', '/client-grants/{id}/organizations'],
  ['get', '/clients'],
  ['get', '/clients/{id}'],
  ['get', '/resource-servers'],
  ['get', '/resource-servers/{id}'],
  ['get', '/logs'],
  ['get', '/logs/{id}'],
  ['get', '/organizations'],
  ['get', '/organizations/{id}'],
  ['get', '/organizations/name/{name}'],
  ['get', '/organizations/{id}/client-grants'],
  ['post', '/organizations/{id}/client-grants'],
  ['delete', '/organizations/{id}/client-grants/{grant_id}'],
  // The endpoint the Deploy CLI reads an organization's connections from (and the dashboard's export with it).
  ['get', '/organizations/{id}/connections'],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// Prose and generator notes: never copied into the fixture.
const PROSE_KEYS = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'title',
  '$comment',
  'externalDocs',
]);
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys that hold a map from user-chosen names to schemas (a property may be called "description"). */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

class Resolver {
  private readonly doc: JsonObject;

  constructor(doc: JsonObject) {
    this.doc = doc;
  }

  private lookup(ref: string): Json {
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
    let node: Json | undefined = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`unresolvable $ref: ${ref}`);
    return node;
  }

  /** A copy of `node` with $refs inlined and prose removed; a $ref already being expanded is an error. */
  clean(node: Json, seen: readonly string[] = [], inNameMap = false): Json {
    if (Array.isArray(node)) return node.map((item) => this.clean(item, seen));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      if (seen.includes(ref)) throw new Error(`recursive schema: ${[...seen, ref].join(' → ')}`);
      const target = this.clean(this.lookup(ref), [...seen, ref]);
      const siblings = Object.keys(node).filter(
        (k) => k !== '$ref' && !PROSE_KEYS.has(k) && !k.startsWith('x-'),
      );
      if (siblings.length === 0) return target;
      // OpenAPI 3.1 allows keywords next to $ref: keep both, as JSON Schema 2020-12 reads them.
      const rest: JsonObject = {};
      for (const key of siblings) rest[key] = this.clean(node[key] ?? null, seen);
      return { allOf: [target], ...rest };
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (!inNameMap && (PROSE_KEYS.has(key) || key.startsWith('x-'))) continue;
      out[key] = this.clean(value, seen, !inNameMap && NAME_MAPS.has(key));
    }
    return out;
  }
}

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  schema: Json;
  style?: string;
  explode?: boolean;
};

function parameterOf(resolver: Resolver, raw: Json): Parameter {
  const param = resolver.clean(raw);
  if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string')
    throw new Error(`malformed parameter: ${JSON.stringify(raw)}`);
  const out: Parameter = {
    name: param.name,
    in: param.in,
    required: param.required === true,
    schema: param.schema ?? {},
  };
  if (typeof param.style === 'string') out.style = param.style;
  if (typeof param.explode === 'boolean') out.explode = param.explode;
  return out;
}

function scopesOf(operation: JsonObject): string[] {
  const security = Array.isArray(operation.security) ? operation.security : [];
  const scopes: string[] = [];
  for (const entry of security) {
    if (!isObject(entry)) continue;
    const list = entry.oAuth2ClientCredentials;
    if (Array.isArray(list)) for (const scope of list) if (typeof scope === 'string') scopes.push(scope);
  }
  return scopes;
}

function requestBodyOf(resolver: Resolver, operation: JsonObject): Json {
  const body = operation.requestBody;
  if (!isObject(body)) return null;
  const content = isObject(body.content) ? body.content : {};
  const json = content['application/json'];
  return {
    required: body.required === true,
    contentTypes: Object.keys(content),
    schema: isObject(json) ? resolver.clean(json.schema ?? {}) : {},
  };
}

function responsesOf(resolver: Resolver, operation: JsonObject): JsonObject {
  const out: JsonObject = {};
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status) || !isObject(response)) continue;
    const content = isObject(response.content) ? response.content : undefined;
    const json = content?.['application/json'];
    // null: the documented success has no body (204).
    out[status] = isObject(json) ? resolver.clean(json.schema ?? {}) : null;
  }
  return out;
}

export function extractFixture(yamlText: string): JsonObject {
  const doc = parse(yamlText, { maxAliasCount: -1 }) as Json;
  if (!isObject(doc) || !isObject(doc.paths)) throw new Error('not an OpenAPI document');
  const resolver = new Resolver(doc);
  const operations: Json[] = [];
  for (const [method, path] of EMULATED_OPERATIONS) {
    const item = doc.paths[path];
    const operation = isObject(item) ? item[method] : undefined;
    if (!isObject(item) || !isObject(operation)) throw new Error(`operation missing: ${method} ${path}`);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const own = Array.isArray(operation.parameters) ? operation.parameters : [];
    operations.push({
      operationId: typeof operation.operationId === 'string' ? operation.operationId : `${method} ${path}`,
      method: method.toUpperCase(),
      path,
      scopes: scopesOf(operation),
      parameters: [...shared, ...own].map((raw) => parameterOf(resolver, raw)),
      requestBody: requestBodyOf(resolver, operation),
      responses: responsesOf(resolver, operation),
    });
  }
  const info = isObject(doc.info) ? doc.info : {};
  return {
    source: {
      ...SOURCE,
      openapi: typeof doc.openapi === 'string' ? doc.openapi : '',
      version: typeof info.version === 'string' ? info.version : '',
      sha256: createHash('sha256').update(yamlText).digest('hex'),
    },
    operations,
  };
}

export const FIXTURE_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'local-tenant',
  'conformance',
  'openapi-fixture.json',
);

function main(): void {
  const input = process.argv[2];
  if (!input) {
    console.error(
      `usage: npx tsx scripts/extract-openapi-fixture.ts <${SOURCE.path.split('/').at(-1) ?? 'file'}>`,
    );
    console.error(`(the file is ${SOURCE.path} in the GitHub repository ${SOURCE.repository})`);
    process.exit(2);
  }
  const fixture = extractFixture(readFileSync(input, 'utf8'));
  writeFileSync(FIXTURE_PATH, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${FIXTURE_PATH} (${EMULATED_OPERATIONS.length} operations)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
