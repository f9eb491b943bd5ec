import { invalidBody, invalidQuery } from './errors.ts';

// Auth0 validates bodies and queries against JSON schemas with `additionalProperties: false`;
// these helpers reproduce the shape of its messages ("Payload validation error: '…' on property x (…).").

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export type FieldSpec = {
  description: string;
  type: 'string' | 'boolean' | 'string[]';
  enum?: readonly string[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
};

export type BodySchema = {
  fields: Record<string, FieldSpec>;
  required?: readonly string[];
  minProperties?: number;
};

const on = (name: string, spec: FieldSpec): string => ` on property ${name} (${spec.description}).`;

function checkString(value: unknown, name: string, spec: FieldSpec): void {
  if (typeof value !== 'string')
    throw invalidBody(`'Expected type string but found type ${jsonType(value)}'${on(name, spec)}`);
  if (spec.enum && !spec.enum.includes(value))
    throw invalidBody(`'No enum match for: ${JSON.stringify(value)}'${on(name, spec)}`);
  if (spec.minLength !== undefined && value.length < spec.minLength) {
    throw invalidBody(
      `'String is too short (${value.length} chars), minimum ${spec.minLength}'${on(name, spec)}`,
    );
  }
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    throw invalidBody(
      `'String is too long (${value.length} chars), maximum ${spec.maxLength}'${on(name, spec)}`,
    );
  }
}

/** Validates a parsed JSON body; returns it as a record of known fields. */
export function validateBody(body: unknown, schema: BodySchema): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody(`'Expected type object but found type ${jsonType(body)}'.`);
  }
  const record = body as Record<string, unknown>;
  const extra = Object.keys(record).filter((key) => !(key in schema.fields));
  if (extra.length > 0) throw invalidBody(`'Additional properties not allowed: ${extra.join(',')}'.`);
  const count = Object.keys(record).length;
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    throw invalidBody(`'Too few properties defined (${count}), minimum ${schema.minProperties}'.`);
  }
  for (const name of schema.required ?? []) {
    if (!(name in record)) throw invalidBody(`'Missing required property: ${name}'.`);
  }
  for (const [name, spec] of Object.entries(schema.fields)) {
    if (!(name in record)) continue;
    const value = record[name];
    if (value === null && spec.nullable) continue;
    if (spec.type === 'string') checkString(value, name, spec);
    if (spec.type === 'boolean' && typeof value !== 'boolean') {
      throw invalidBody(`'Expected type boolean but found type ${jsonType(value)}'${on(name, spec)}`);
    }
    if (spec.type === 'string[]') {
      if (!Array.isArray(value))
        throw invalidBody(`'Expected type array but found type ${jsonType(value)}'${on(name, spec)}`);
      value.forEach((item: unknown, i) => checkString(item, `${name}[${i}]`, spec));
    }
  }
  return record;
}

export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw invalidBody(`'Invalid request payload JSON format'.`);
  }
}

/**
 * The description documents application/json and application/x-www-form-urlencoded request bodies. A form
 * is read as hapi (Auth0's framework) reads one: every value a string, a repeated key an array; the schema
 * check then refuses what is not a string (a boolean, a one-item scope list) as it would in JSON.
 */
export function parseRequestBody(req: {
  headers: { 'content-type'?: string | undefined };
  body: Buffer;
}): unknown {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return parseJson(req.body);
  const form = new URLSearchParams(req.body.toString('utf8'));
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    out[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return out;
}

/** Query string access with Auth0-style 400s: unknown parameters, repeated scalars, bad ints, bad enums. */
export class QueryReader {
  private readonly params: URLSearchParams;

  constructor(params: URLSearchParams, allowed: readonly string[], repeatable: readonly string[] = []) {
    this.params = params;
    for (const key of new Set(params.keys())) {
      if (!allowed.includes(key)) throw invalidQuery(`'Additional properties not allowed: ${key}'.`);
      if (!repeatable.includes(key) && params.getAll(key).length > 1) {
        throw invalidQuery(`'Expected type string but found type array' on property ${key}.`);
      }
    }
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  string(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  all(name: string): string[] {
    return this.params.getAll(name);
  }

  int(name: string, min: number, max: number): number | undefined {
    const text = this.params.get(name);
    if (text === null) return undefined;
    if (!/^-?\d+$/.test(text))
      throw invalidQuery(`'Expected type integer but found type string' on property ${name}.`);
    const value = Number(text);
    if (value < min) throw invalidQuery(`'Value ${value} is less than minimum ${min}' on property ${name}.`);
    if (value > max)
      throw invalidQuery(`'Value ${value} is greater than maximum ${max}' on property ${name}.`);
    return value;
  }

  bool(name: string): boolean | undefined {
    const text = this.params.get(name);
    if (text === null) return undefined;
    if (text !== 'true' && text !== 'false')
      throw invalidQuery(`'Expected type boolean but found type string' on property ${name}.`);
    return text === 'true';
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const text = this.params.get(name);
    if (text === null) return undefined;
    const found = values.find((value) => value === text);
    if (found === undefined)
      throw invalidQuery(`'No enum match for: ${JSON.stringify(text)}' on property ${name}.`);
    return found;
  }
}
