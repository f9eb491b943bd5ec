/**
 * An `organization_id` value from the address bar, read the same way by the Grants and Access views (a link
 * copied from one means the same in the other): trimmed, at most 64 characters, and only letters, digits, `_`
 * and `-` (Auth0's ids are `org_` and 16 alphanumerics); anything else could only answer 404, so it is dropped.
 */
export function parseOrganizationId(raw: string | null): string | undefined {
  const value = raw?.trim();
  return value && value.length <= 64 && /^[A-Za-z0-9_-]+$/.test(value) ? value : undefined;
}
