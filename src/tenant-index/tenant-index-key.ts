/** Where the tenant index lives in the query cache: under the tenant's key, so Disconnect clears it. */
export const tenantIndexKey = (domain: string) => ['auth0', domain, 'tenant-index'] as const;
