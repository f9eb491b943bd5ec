import type { ManagementApi } from '../api/management-api';

/**
 * The prefix of every cached organizations answer of a tenant. Its own module, with nothing else in it, so
 * features that change associations (Findings fixes, Compare's apply) can refresh these answers without loading
 * the organizations feature or its schemas.
 */
export const organizationsKey = (api: Pick<ManagementApi, 'domain'>) => ['auth0', api.domain, 'organizations'] as const;
