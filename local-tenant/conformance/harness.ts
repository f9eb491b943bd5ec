import { expect } from 'vitest';
import type { TestTenant } from '../test-helpers.ts';
import { responseErrors, type FixtureOperation, type FixtureParameter, type Schema } from './fixture.ts';

// Calls one documented operation of a running local tenant and checks the answer against the fixture:
// every 2xx body must validate against the documented response schema, every error must be Auth0's body.

export type Query = Record<string, string | string[]>;
export type Call = {
  path?: Record<string, string>;
  query?: Query;
  body?: unknown;
  /** Sent as application/x-www-form-urlencoded instead of JSON (a form is `Record<string, string | string[]>`). */
  form?: Query;
};
export type Answer = { status: number; body: unknown };

export function urlOf(op: FixtureOperation, call: Call): string {
  let path = op.path;
  for (const param of op.parameters.filter((p) => p.in === 'path')) {
    const value = call.path?.[param.name];
    if (value === undefined) throw new Error(`${op.operationId}: no value for path parameter ${param.name}`);
    path = path.replace(`{${param.name}}`, encodeURIComponent(value));
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(call.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  const text = search.toString();
  return `/api/v2${path}${text ? `?${text}` : ''}`;
}

function formBody(form: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  return search.toString();
}

/** Auth0's error body: exactly {statusCode, error, message, errorCode?}. */
export function expectErrorBody(answer: Answer, status: number, errorCode?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const body = answer.body as Record<string, unknown>;
  expect(
    Object.keys(body).every((key) => ['statusCode', 'error', 'message', 'errorCode'].includes(key)),
  ).toBe(true);
  expect(body.statusCode).toBe(status);
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  if (errorCode !== undefined) expect(body.errorCode).toBe(errorCode);
}

export async function send(
  tenant: TestTenant,
  op: FixtureOperation,
  call: Call = {},
  token?: string,
): Promise<Answer> {
  const init: Parameters<TestTenant['call']>[1] = { method: op.method };
  if (token !== undefined) init.token = token;
  if (call.form !== undefined) {
    init.headers = { 'content-type': 'application/x-www-form-urlencoded' };
    init.body = formBody(call.form);
  } else if (call.body !== undefined) {
    init.json = call.body;
  }
  const res = await tenant.call(urlOf(op, call), init);
  const text = await res.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  return { status: res.status, body };
}

/** Sends, and when the answer is a success checks it is documented and its body validates. */
export async function sendChecked(
  tenant: TestTenant,
  op: FixtureOperation,
  call: Call = {},
): Promise<Answer> {
  const answer = await send(tenant, op, call);
  if (answer.status >= 200 && answer.status < 300) {
    expect(responseErrors(op, answer.status, answer.body), `${op.operationId} ${urlOf(op, call)}`).toEqual(
      [],
    );
  } else {
    expectErrorBody(answer, answer.status);
  }
  return answer;
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Valid values the schema itself gives (every enum value, both booleans, both ends of a range). */
export function schemaValues(schema: Schema): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(stringOf);
  if (schema.type === 'boolean') return ['true', 'false'];
  if (schema.type === 'integer') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
    const max = typeof schema.maximum === 'number' ? schema.maximum : min + 1;
    return [...new Set([String(min), String(max)])];
  }
  return undefined;
}

/** Values the schema forbids, each with why; Auth0 answers them 400. */
export function invalidValues(param: FixtureParameter): { value: string | string[]; why: string }[] {
  const schema = param.schema;
  const out: { value: string | string[]; why: string }[] = [];
  if (schema.type === 'integer') {
    out.push({ value: 'ten', why: 'not an integer' });
    out.push({ value: '1.5', why: 'not an integer' });
    if (typeof schema.minimum === 'number')
      out.push({ value: String(schema.minimum - 1), why: 'below minimum' });
    if (typeof schema.maximum === 'number')
      out.push({ value: String(schema.maximum + 1), why: 'above maximum' });
  }
  if (schema.type === 'boolean' && !Array.isArray(schema.enum))
    out.push({ value: 'yes', why: 'not a boolean' });
  if (Array.isArray(schema.enum))
    out.push({ value: schema.type === 'boolean' ? 'false' : 'no-such-value', why: 'not in enum' });
  if (typeof schema.pattern === 'string')
    out.push({ value: 'no such value!', why: 'does not match pattern' });
  if (typeof schema.maxLength === 'number')
    out.push({ value: 'x'.repeat(schema.maxLength + 1), why: 'too long' });
  if (typeof schema.minLength === 'number' && schema.minLength > 0) out.push({ value: '', why: 'too short' });
  const items = schema.items as Schema | undefined;
  if (schema.type === 'array' && typeof items?.minLength === 'number' && items.minLength > 0)
    out.push({ value: [''], why: 'item too short' });
  return out;
}

/** Body values the schema of one property forbids (wrong type, outside enum, length), each with why. */
export function invalidBodyValues(schema: Schema): { value: unknown; why: string }[] {
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const out: { value: unknown; why: string }[] = [];
  if (!types.includes('string')) out.push({ value: 'text', why: 'a string' });
  if (!types.includes('number') && !types.includes('integer')) out.push({ value: 42, why: 'a number' });
  if (!types.includes('null')) out.push({ value: null, why: 'null' });
  if (!types.includes('object')) out.push({ value: { a: 1 }, why: 'an object' });
  if (!types.includes('array')) out.push({ value: [], why: 'an array' });
  if (Array.isArray(schema.enum)) out.push({ value: 'no-such-value', why: 'not in enum' });
  if (typeof schema.minLength === 'number' && schema.minLength > 0) out.push({ value: '', why: 'too short' });
  const items = schema.items as Schema | undefined;
  if (items && typeof items.maxLength === 'number')
    out.push({ value: ['x'.repeat(items.maxLength + 1)], why: 'item too long' });
  if (items && typeof items.minLength === 'number' && items.minLength > 0)
    out.push({ value: [''], why: 'item too short' });
  if (items?.type === 'string') out.push({ value: [1], why: 'item not a string' });
  return out;
}
