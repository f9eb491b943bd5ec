import { z } from '../schema';
import type { CallOptions, RequestContext } from './request';
import { MAX_PER_PAGE, collectAllPages, totalsEnvelope } from './paging';

/**
 * Deliberately `z.object` (strip), not `looseObject`: unknown fields still parse, but only these
 * survive, so `client_secret`, signing keys and the like are never kept in memory or the cache.
 */
export const clientSchema = z.object({
  client_id: z.string(),
  name: z.string(),
  /** `non_interactive` = machine-to-machine; also spa, regular_web, native, resource_server, … */
  app_type: z.optional(z.string()),
  is_first_party: z.optional(z.boolean()),
  description: z.optional(z.string()),
});
export type Client = z.infer<typeof clientSchema>;

export const clientPageSchema = totalsEnvelope('clients', clientSchema);
export type ClientPage = z.infer<typeof clientPageSchema>;

export type ListClientsQuery = {
  page: number;
  per_page: number;
  fields?: string[];
  include_fields?: boolean;
  app_type?: string[];
};

export type ListAllClientsOptions = CallOptions & { app_type?: string[] };

/** Enough for pickers and names; also readable with `read:client_summary`. */
const PICKER_FIELDS = ['client_id', 'name', 'app_type'];

function joinList(values: string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(',') : undefined;
}

export async function listClients(
  core: RequestContext,
  query: ListClientsQuery,
  opts: CallOptions = {},
): Promise<ClientPage> {
  return core.request({
    path: 'clients',
    query: {
      page: query.page,
      per_page: query.per_page,
      fields: joinList(query.fields),
      include_fields: query.include_fields,
      app_type: joinList(query.app_type),
      include_totals: true,
    },
    schema: clientPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

/** There is no search by name (§6): large tenants must be paged, 100 at a time. */
export async function listAllClients(
  core: RequestContext,
  opts: ListAllClientsOptions = {},
): Promise<Client[]> {
  return collectAllPages(async (page) => {
    const result = await listClients(
      core,
      { page, per_page: MAX_PER_PAGE, fields: PICKER_FIELDS, include_fields: true, app_type: opts.app_type },
      { signal: opts.signal, priority: opts.priority },
    );
    return { total: result.total, items: result.clients };
  });
}
