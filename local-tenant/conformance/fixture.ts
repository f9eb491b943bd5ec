import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The data extracted from Auth0's published OpenAPI description (scripts/extract-openapi-fixture.ts) and a
// JSON Schema 2020-12 validator for its response schemas.

export type Schema = SchemaObject;

export type FixtureParameter = {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: Schema;
  style?: string;
  explode?: boolean;
};

export type FixtureOperation = {
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  scopes: string[];
  parameters: FixtureParameter[];
  requestBody: { required: boolean; contentTypes: string[]; schema: Schema } | null;
  /** 2xx status → response schema; null when the documented answer has no body (204). */
  responses: Record<string, Schema | null>;
};

export type Fixture = {
  source: { repository: string; path: string; openapi: string; version: string; sha256: string };
  operations: FixtureOperation[];
};

export const fixture = JSON.parse(
  readFileSync(new URL('./openapi-fixture.json', import.meta.url), 'utf8'),
) as Fixture;

export function operation(method: FixtureOperation['method'], path: string): FixtureOperation {
  const found = fixture.operations.find((op) => op.method === method && op.path === path);
  if (!found) throw new Error(`not in the fixture: ${method} ${path}`);
  return found;
}

/**
 * A list answer is `oneOf` [bare array, offset page, checkpoint page], but a last checkpoint page (no `next`)
 * and an offset page whose counts are absent look alike: every property is optional. Read as `anyOf` (the
 * callers check which shape they asked for themselves); everything below the top is validated as published.
 */
function topLevelAnyOf(schema: Schema): Schema {
  if (!Array.isArray(schema.oneOf)) return schema;
  const { oneOf, ...rest } = schema;
  return { ...rest, anyOf: oneOf as unknown[] };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// The description's own formats, as far as the emulated objects use them.
ajv.addFormat('client-grant-id', /^cgr_[A-Za-z0-9]+$/);
ajv.addFormat('client-id', /^[A-Za-z0-9_-]+$/);
ajv.addFormat('organization-id', /^org_[A-Za-z0-9]+$/);
ajv.addFormat('organization-name', /^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$/);
ajv.addFormat('html-color', /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);
ajv.addFormat('strict-https-uri-or-null', /^https:\/\/\S+$/);
ajv.addFormat('absolute-https-uri-or-empty', /^(https:\/\/\S+)?$/);
for (const loose of [
  'absolute-https-uri-with-placeholders-or-empty',
  'credential-id',
  'ec-initiate-login-uri-template-url',
  'user-attribute-profile-id',
  'connection-profile-id',
]) {
  ajv.addFormat(loose, true);
}

const validators = new Map<string, ValidateFunction>();

/** Errors of `body` against the documented answer of `op` for `status` (empty: valid). */
export function responseErrors(op: FixtureOperation, status: number, body: unknown): string[] {
  const schema = op.responses[String(status)];
  if (schema === undefined) return [`${status} is not a documented success of ${op.operationId}`];
  if (schema === null) return body === undefined ? [] : [`${op.operationId} documents no body for ${status}`];
  const key = `${op.operationId} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(topLevelAnyOf(schema));
    validators.set(key, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) =>
      `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}
