import type { ClientGrant } from '../api/client-grants';

/** The POST /api/v2/client-grants body that recreates a grant: only fields Auth0 accepts on create (§4). */
export function createBody(grant: ClientGrant): Record<string, unknown> {
  const body: Record<string, unknown> = grant.client_id
    ? { client_id: grant.client_id }
    : { default_for: grant.default_for };
  body.audience = grant.audience;
  if (grant.allow_all_scopes) body.allow_all_scopes = true;
  else body.scope = [...(grant.scope ?? [])].sort();
  body.subject_type = grant.subject_type;
  if (grant.organization_usage) body.organization_usage = grant.organization_usage;
  if (grant.allow_any_organization !== undefined) body.allow_any_organization = grant.allow_any_organization;
  if (grant.authorization_details_types) body.authorization_details_types = [...grant.authorization_details_types];
  return body;
}

/** POSIX single quotes: nothing inside is expanded; a quote is closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `$TOKEN` stays a shell variable (double quotes): the real token is never put on the clipboard. */
export function curlCommand(origin: string, grant: ClientGrant): string {
  return [
    `curl --request POST ${shellQuote(`${origin}/api/v2/client-grants`)}`,
    `  --header "Authorization: Bearer $TOKEN"`,
    `  --header 'Content-Type: application/json'`,
    `  --data ${shellQuote(JSON.stringify(createBody(grant)))}`,
  ].join(' \\\n');
}

/** The Auth0 CLI has no client-grant command; its generic `auth0 api` calls the Management API as the logged-in tenant. */
export function auth0CliCommand(grant: ClientGrant): string {
  return `auth0 api post client-grants --data ${shellQuote(JSON.stringify(createBody(grant)))}`;
}

/** node-auth0 v5+ (the generated ManagementClient; checked against v7.1.0's ClientGrantsClient.create). */
export function nodeSdkCall(domain: string, grant: ClientGrant): string {
  const body = JSON.stringify(createBody(grant), null, 2).replace(/\n/g, '\n  ').trimEnd();
  return [
    `import { ManagementClient } from 'auth0';`,
    ``,
    `const management = new ManagementClient({ domain: ${JSON.stringify(domain)}, token: process.env.AUTH0_TOKEN });`,
    ``,
    `await management.clientGrants.create(${body});`,
  ].join('\n');
}
