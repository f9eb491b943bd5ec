import type { z } from '../schema';

/** True when the schema would hand back this very value unchanged; false means "ask the schema". */
export type ExactCheck = (value: unknown) => boolean;

type Def = {
  type: string;
  checks?: unknown[];
  /** Set on format schemas (z.email(), z.int()…), which check themselves. */
  format?: string;
  check?: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function compileDef(def: Def): ExactCheck | undefined {
  // Refinements (min length) and formats (email, int…) are the schema's to judge.
  if (def.checks?.length || def.format !== undefined || def.check !== undefined) return undefined;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'number':
      // z.number() refuses NaN and ±Infinity.
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'optional': {
      const inner = def.innerType && compileDef(def.innerType._zod.def);
      return inner && ((value) => value === undefined || inner(value));
    }
    case 'array': {
      const element = def.element && compileDef(def.element._zod.def);
      // By index, not `every`: a hole (never in JSON) would be skipped, and the schema fills it in.
      return element && ((value) => Array.isArray(value) && everyIndex(value, element));
    }
    case 'object':
      return compileObject(def);
    default:
      return undefined;
  }
}

function everyIndex(values: unknown[], check: ExactCheck): boolean {
  for (let i = 0; i < values.length; i++) if (!(i in values) || !check(values[i])) return false;
  return true;
}

function compileObject(def: Def): ExactCheck | undefined {
  const catchall = def.catchall?._zod.def.type;
  // Only strip (no catchall) and loose (catchall unknown) objects: anything else may transform the value.
  if (!def.shape || (catchall !== undefined && catchall !== 'unknown')) return undefined;
  const fields: [string, ExactCheck][] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const check = compileDef(field._zod.def);
    if (!check) return undefined;
    fields.push([key, check]);
  }
  const known = new Set(fields.map(([key]) => key));
  const loose = catchall === 'unknown';
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const [key, check] of fields) if (!check(value[key])) return false;
    // A strip object drops unknown keys (a client's secret, say): one present means the schema must do it.
    if (!loose) for (const key in value) if (!known.has(key)) return false;
    return true;
  };
}

const compiled = new WeakMap<object, ExactCheck | null>();

/**
 * A quick check, compiled once from a zod schema's definition, that accepts a value only if parsing it would
 * return it unchanged (so it can be used as it is); for anything else, or a schema with parts it does not
 * know, it says false and the caller parses. For data this app wrote itself from parsed answers (the names
 * kept for the tab): a reload read 1,000 apps and 100 APIs back through zod's parser, 5–25 ms of the first
 * render for a large tenant; with this check the whole read takes 1–5 ms, JSON.parse included.
 */
export function exactCheck(schema: z.ZodMiniType): ExactCheck {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compileDef((schema as unknown as { _zod: { def: Def } })._zod.def) ?? null;
    compiled.set(schema, check);
  }
  return check ?? (() => false);
}
