import { z } from '../schema';
import { collectAllPages, MAX_PER_PAGE, totalsEnvelope } from './paging';
import { pathSegment, type CallOptions, type RequestContext } from './request';

/**
 * An organization's connections as `GET /organizations/{id}/connections` lists them: the endpoint the Deploy CLI
 * 8.44 reads (its SDK's `organizations.connections.list`) and compares its file against on import. Each entry
 * names its connection (`connection.name`), so no `read:connections` is needed. The flags pass through as read
 * (loose): whatever the tenant returns is what the CLI would export and compare.
 */
export const organizationConnectionSchema = z.looseObject({
  connection_id: z.string(),
  assign_membership_on_login: z.optional(z.boolean()),
  show_as_button: z.optional(z.boolean()),
  is_signup_enabled: z.optional(z.boolean()),
  connection: z.looseObject({ name: z.string(), strategy: z.optional(z.string()) }),
});
export type OrganizationConnection = z.infer<typeof organizationConnectionSchema>;

export const organizationConnectionPageSchema = totalsEnvelope('connections', organizationConnectionSchema);

/** Every connection of one organization, page by page (100 a page, totals to know when to stop). */
export async function readOrganizationConnections(
  core: RequestContext,
  organizationId: string,
  opts: CallOptions = {},
): Promise<OrganizationConnection[]> {
  return collectAllPages(async (page) => {
    opts.signal?.throwIfAborted();
    const body = await core.request({
      path: `organizations/${pathSegment(organizationId)}/connections`,
      query: { page, per_page: MAX_PER_PAGE, include_totals: true },
      schema: organizationConnectionPageSchema,
      signal: opts.signal,
      priority: opts.priority,
    });
    return { total: body.total, items: body.connections };
  });
}
