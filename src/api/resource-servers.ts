import { z } from '../schema';
import type { CallOptions, RequestContext } from './request';
import { MAX_PER_PAGE, collectAllPages, totalsEnvelope, type PageWalk } from './paging';

export const resourceServerScopeSchema = z.looseObject({
  value: z.string(),
  description: z.optional(z.string()),
});
export type ResourceServerScope = z.infer<typeof resourceServerScopeSchema>;

export const resourceServerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** The API's audience; the Management API's is `https://{domain}/api/v2/`. */
  identifier: z.string(),
  scopes: z.optional(z.array(resourceServerScopeSchema)),
  /** Present only when true (e.g. the Auth0 Management API itself). */
  is_system: z.optional(z.boolean()),
  token_lifetime: z.optional(z.number()),
  signing_alg: z.optional(z.string()),
});
export type ResourceServer = z.infer<typeof resourceServerSchema>;

/** The same fields with unknown ones dropped (an HS256 API's `signing_secret`): what may be kept in storage. */
export const storedResourceServerSchema = z.object(resourceServerSchema.shape);

export const resourceServerPageSchema = totalsEnvelope('resource_servers', resourceServerSchema);
export type ResourceServerPage = z.infer<typeof resourceServerPageSchema>;

export type ListResourceServersQuery = { page: number; per_page: number };

export async function listResourceServers(
  core: RequestContext,
  query: ListResourceServersQuery,
  opts: CallOptions = {},
): Promise<ResourceServerPage> {
  return core.request({
    path: 'resource-servers',
    query: { page: query.page, per_page: query.per_page, include_totals: true },
    schema: resourceServerPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

export type ListAllResourceServersOptions = CallOptions & PageWalk<ResourceServer>;

export async function listAllResourceServers(
  core: RequestContext,
  { startPage, onPage, ...call }: ListAllResourceServersOptions = {},
): Promise<ResourceServer[]> {
  return collectAllPages(
    async (page) => {
      const result = await listResourceServers(core, { page, per_page: MAX_PER_PAGE }, call);
      return { total: result.total, items: result.resource_servers };
    },
    { startPage, onPage },
  );
}
