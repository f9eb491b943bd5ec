import { describe, expect, it } from 'vitest';
import { z } from '../schema';
import { clientSchema } from '../api/clients';
import { storedResourceServerSchema } from '../api/resource-servers';
import { exactCheck } from './exact-check';

const app = { client_id: 'abc', name: 'Billing', app_type: 'non_interactive', is_first_party: true };
const api = {
  id: 'rs1',
  name: 'Orders API',
  identifier: 'https://orders.example.com/',
  scopes: [{ value: 'read:orders', description: 'Read orders', extra: 1 }, { value: 'write:orders' }],
  token_lifetime: 7200,
};

/** The check may only say yes where the schema returns the very same value. */
function expectAgreesWithSchema(schema: z.ZodMiniType, value: unknown) {
  if (!exactCheck(schema)(value)) return;
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toStrictEqual(value);
}

describe('exactCheck', () => {
  it('accepts what the names schemas return unchanged, so a reload skips parsing them', () => {
    expect(exactCheck(clientSchema)(app)).toBe(true);
    expect(exactCheck(clientSchema)({ client_id: 'abc', name: 'Billing' })).toBe(true);
    // Loose objects keep unknown keys: a scope's extra field is kept by the schema too.
    expect(exactCheck(storedResourceServerSchema)(api)).toBe(true);
    expectAgreesWithSchema(clientSchema, app);
    expectAgreesWithSchema(storedResourceServerSchema, api);
  });

  it('leaves to the schema whatever it would reject or change', () => {
    const cases: [z.ZodMiniType, unknown][] = [
      [clientSchema, { ...app, client_secret: 's3cret' }], // strip: the schema drops it
      [clientSchema, { ...app, name: 42 }],
      [clientSchema, { client_id: 'abc' }],
      [clientSchema, null],
      [clientSchema, [app]],
      [storedResourceServerSchema, { ...api, signing_secret: 'k' }],
      [storedResourceServerSchema, { ...api, token_lifetime: Number.NaN }],
      [storedResourceServerSchema, { ...api, token_lifetime: Number.POSITIVE_INFINITY }],
      [storedResourceServerSchema, { ...api, scopes: [{ description: 'no value' }] }],
      [storedResourceServerSchema, { ...api, scopes: 'read:orders' }],
    ];
    for (const [schema, value] of cases) {
      expect(exactCheck(schema)(value)).toBe(false);
      // And the schema does reject or change each one.
      const parsed = schema.safeParse(value);
      if (parsed.success) expect(parsed.data).not.toStrictEqual(value);
    }
  });

  it('says no for schema parts it does not know (refinements, enums, defaults), so the schema decides', () => {
    expect(exactCheck(z.object({ name: z.string().check(z.minLength(3)) }))({ name: 'ab' })).toBe(false);
    expect(exactCheck(z.object({ kind: z.enum(['a', 'b']) }))({ kind: 'a' })).toBe(false);
    expect(exactCheck(z.object({ n: z._default(z.number(), 1) }))({ n: 2 })).toBe(false);
    // Formats check themselves (no `checks` entry): the schema rejects these, so must the quick check.
    expect(exactCheck(z.object({ e: z.email() }))({ e: 'not an address' })).toBe(false);
    expect(exactCheck(z.object({ n: z.int() }))({ n: 1.5 })).toBe(false);
    // A hole is filled in by the schema: not unchanged.
    const holey: (string | undefined)[] = ['a'];
    holey[2] = 'c';
    expect(exactCheck(z.array(z.optional(z.string())))(holey)).toBe(false);
    expect(exactCheck(z.array(z.string()))(['a'])).toBe(true);
  });
});
