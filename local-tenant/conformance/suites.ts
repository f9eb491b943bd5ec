import { describe, expect, it } from 'vitest';
import { seededClientSecret } from '../defaults.ts';
import type { TestTenant } from '../test-helpers.ts';
import { ARGUED_REFUSALS, NOT_ENFORCED, type Departure } from './choices.ts';
import type { FixtureOperation } from './fixture.ts';
import { expectErrorBody, invalidValues, schemaValues, send, sendChecked, type Query } from './harness.ts';
import type { Samples } from './samples.ts';

// The suites every emulated operation goes through, shared by the conformance test files.

export type SuiteContext = {
  tenant(): TestTenant;
  samples(): Samples;
  /** Values for the path parameters of an operation. */
  pathFor(op: FixtureOperation): Record<string, string>;
  /** Documented values the tenant refused / forbidden values it accepted, as met (checked by describeDepartures). */
  refused: Departure[];
  notEnforced: Departure[];
};

const valueText = (value: string | string[]): string => (Array.isArray(value) ? value.join('&') : value);
/** Whether `found` is one of the argued departures of that kind. */
export const isDeparture = (kind: 'refused' | 'notEnforced', found: Departure): boolean =>
  (kind === 'refused' ? ARGUED_REFUSALS : NOT_ENFORCED).some(
    (d) => d.operationId === found.operationId && d.parameter === found.parameter && d.value === found.value,
  );

/** The shape a list answer must have for the paging the query asked for. */
function expectListShape(op: FixtureOperation, query: Query, body: unknown): void {
  const checkpoint = query.take !== undefined || query.from !== undefined;
  if (op.operationId === 'get_logs') {
    // /logs: checkpoint answers are bare arrays; include_totals wraps a search.
    expect(Array.isArray(body)).toBe(checkpoint || query.include_totals !== 'true');
    return;
  }
  if (checkpoint) {
    expect(Array.isArray(body) || 'total' in (body as object)).toBe(false);
  } else if (query.include_totals === 'true') {
    expect(body).toMatchObject({
      start: expect.any(Number),
      limit: expect.any(Number),
      total: expect.any(Number),
    });
  } else {
    expect(Array.isArray(body)).toBe(true);
  }
}

const isList = (op: FixtureOperation): boolean =>
  op.method === 'GET' && op.parameters.some((p) => p.name === 'page' || p.name === 'take');

/** Every documented query parameter with every documented value; forbidden values; an undocumented one. */
export function describeQueryParameters(ops: readonly FixtureOperation[], ctx: SuiteContext): void {
  describe.each(ops.filter((op) => op.parameters.some((p) => p.in === 'query')))(
    '$method $path: every documented query parameter',
    (op) => {
      it.each(op.parameters.filter((p) => p.in === 'query'))(
        'accepts $name with each documented value',
        async (param) => {
          const key = `${op.operationId}:${param.name}`;
          const values = ctx.samples().query[key] ?? schemaValues(param.schema);
          expect(values?.length, `no sample value for ${key}`).toBeGreaterThan(0);
          for (const value of values ?? []) {
            const query: Query = { [param.name]: value, ...ctx.samples().companions[key] };
            const answer = await sendChecked(ctx.tenant(), op, { path: ctx.pathFor(op), query });
            const found = {
              operationId: op.operationId,
              parameter: param.name,
              value: valueText(value),
              reason: '',
            };
            if (answer.status >= 400) {
              expect(
                isDeparture('refused', found),
                `${key}=${found.value} refused: ${JSON.stringify(answer.body)}`,
              ).toBe(true);
              ctx.refused.push(found);
            } else if (isList(op)) {
              expectListShape(op, query, answer.body);
            }
          }
        },
      );

      it.each(op.parameters.filter((p) => p.in === 'query' && invalidValues(p).length > 0))(
        'refuses values the schema forbids for $name with 400 invalid_query_string',
        async (param) => {
          for (const { value, why } of invalidValues(param)) {
            const answer = await send(ctx.tenant(), op, {
              path: ctx.pathFor(op),
              query: { [param.name]: value },
            });
            const found = {
              operationId: op.operationId,
              parameter: param.name,
              value: valueText(value),
              reason: why,
            };
            if (answer.status < 400 && isDeparture('notEnforced', found)) {
              ctx.notEnforced.push(found);
              continue;
            }
            expectErrorBody(answer, 400, 'invalid_query_string');
          }
        },
      );

      it('refuses an undocumented parameter', async () => {
        const answer = await send(ctx.tenant(), op, {
          path: ctx.pathFor(op),
          query: { no_such_parameter: '1' },
        });
        expectErrorBody(answer, 400, 'invalid_query_string');
      });
    },
  );
}

/** Each GET without parameters (the body validates) and without a valid token (401). */
export function describeAnswers(ops: readonly FixtureOperation[], ctx: SuiteContext): void {
  describe.each(ops.filter((op) => op.method === 'GET'))('$method $path: answers', (op) => {
    it('without parameters validates against the documented schema', async () => {
      const answer = await sendChecked(ctx.tenant(), op, { path: ctx.pathFor(op) });
      expect(answer.status).toBe(200);
    });

    it('refuses a request without a token, or with a token for another API (401)', async () => {
      const { grant } = ctx.samples();
      const clientId = grant.client_id ?? '';
      const otherApi = await ctx.tenant().token(clientId, seededClientSecret(clientId), grant.audience);
      expectErrorBody(await send(ctx.tenant(), op, { path: ctx.pathFor(op) }, otherApi), 401);
      const unauthenticated = await ctx.tenant().call(`/api/v2${op.path.replace(/\{[^}]+\}/g, 'x')}`, {
        token: null,
      });
      expect(unauthenticated.status).toBe(401);
    });
  });
}

/** The departures met are exactly the argued ones for these operations (none stale, none unlisted). */
export function describeDepartures(ops: readonly FixtureOperation[], ctx: SuiteContext): void {
  describe('the departures from the description', () => {
    it('are exactly the argued ones (none stale, none unlisted)', () => {
      const ids = new Set(ops.map((op) => op.operationId));
      const key = (d: Departure): string => `${d.operationId} ${d.parameter}=${d.value}`;
      const listed = (list: readonly Departure[]): string[] =>
        list
          .filter((d) => ids.has(d.operationId))
          .map(key)
          .sort();
      expect(ctx.refused.map(key).sort()).toEqual(listed(ARGUED_REFUSALS));
      expect(ctx.notEnforced.map(key).sort()).toEqual(listed(NOT_ENFORCED));
    });
  });
}
