import { comparableGrant, type ComparableGrant, type GrantFields } from './comparable-grant';

/** A grant for tests: Billing → Orders, client, read:orders, unless told otherwise. */
export function grant(fields: Partial<GrantFields> = {}): ComparableGrant {
  return comparableGrant({ appName: 'Billing', audience: 'https://orders.example.com', scopes: ['read:orders'], origin: 'test', ...fields });
}
