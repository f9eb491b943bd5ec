import { z } from '../schema';
import { pathSegment, type CallOptions, type RequestContext } from './request';
import { MAX_PER_PAGE, collectAllPages, totalsEnvelope, type PageWalk } from './paging';

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

export type ListAllClientsOptions = CallOptions & PageWalk<Client> & { app_type?: string[] };

/** What the names, pickers and filters use; nothing else of a client is read or kept. */
export const PICKER_FIELDS = ['client_id', 'name', 'app_type', 'is_first_party'];

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

/**
 * There is no search by name, nor a filter by client ids, on GET /clients (§6): large tenants must be
 * paged, 100 at a time.
 */
export async function listAllClients(
  core: RequestContext,
  { app_type, startPage, onPage, ...call }: ListAllClientsOptions = {},
): Promise<Client[]> {
  return collectAllPages(
    async (page) => {
      const result = await listClients(
        core,
        { page, per_page: MAX_PER_PAGE, fields: PICKER_FIELDS, include_fields: true, app_type },
        call,
      );
      return { total: result.total, items: result.clients };
    },
    { startPage, onPage },
  );
}

/**
 * One application by id (`GET /clients/{id}`), with the name fields only. The Management API cannot filter
 * the list by id, so this is how the rows on screen get their names before the whole list has been read.
 */
export async function getClient(core: RequestContext, clientId: string, opts: CallOptions = {}): Promise<Client> {
  return core.request({
    path: `clients/${pathSegment(clientId)}`,
    query: { fields: PICKER_FIELDS.join(','), include_fields: true },
    schema: clientSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}
