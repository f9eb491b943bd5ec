import { z } from '../../schema';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ResourceServer } from '../../api/resource-servers';
import type { GrantFormValues } from './grant-form-values';

export const MAX_SCOPE_LENGTH = 280;

export const grantFormMessages = {
  application: 'Choose an application.',
  api: 'Choose an API.',
  unknownApi: 'This API no longer exists in the tenant. Refresh and choose another one.',
  scopeLength: `Each scope must be 1 to ${MAX_SCOPE_LENGTH} characters.`,
  scopeSubset: (unknown: string[]) => `Not scopes of this API: ${unknown.join(', ')}.`,
  noScopes:
    'Pick at least one scope. A grant without scopes gives tokens that allow nothing; tick "Grant no scopes" if that is really what you want.',
  anyOrganization: 'Allow any organization needs organization usage Allow or Require.',
  allScopesWithScopes: 'All scopes cannot be combined with a list of scopes.',
  allScopesSystem: 'All scopes is not available for a system API such as the Auth0 Management API.',
} as const;

const baseSchema = z.object({
  client_id: z.string(),
  audience: z.string(),
  subject_type: z.enum(['client', 'user']),
  scope: z.array(z.string()),
  organization_usage: z.enum(['none', 'deny', 'allow', 'require']),
  allow_any_organization: z.boolean(),
  allow_all_scopes: z.boolean(),
  confirm_no_scopes: z.boolean(),
});

/**
 * §4's rules, checked before Auth0 has to reject them, each reported on the field it concerns.
 * Empty scopes: Auth0 accepts `scope: []`, but such a grant is almost always a mistake (the app's tokens allow
 * nothing), so the form requires one scope or an explicit "Grant no scopes" confirmation rather than forbidding it.
 */
export function createGrantFormSchema(resourceServers: readonly ResourceServer[]) {
  return baseSchema.check(
    z.superRefine((values, ctx) => {
      const issue = (path: keyof GrantFormValues, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (!values.client_id) issue('client_id', grantFormMessages.application);
      if (!values.audience) issue('audience', grantFormMessages.api);
      const server = values.audience
        ? resourceServers.find((rs) => rs.identifier === values.audience)
        : undefined;
      if (values.audience && !server) issue('audience', grantFormMessages.unknownApi);

      if (values.scope.some((scope) => scope.length < 1 || scope.length > MAX_SCOPE_LENGTH)) {
        issue('scope', grantFormMessages.scopeLength);
      }
      if (server) {
        const known = new Set((server.scopes ?? []).map((scope) => scope.value));
        const unknown = values.scope.filter((scope) => !known.has(scope));
        if (unknown.length > 0) issue('scope', grantFormMessages.scopeSubset(unknown));
      }
      if (values.allow_all_scopes) {
        if (values.scope.length > 0) issue('allow_all_scopes', grantFormMessages.allScopesWithScopes);
        if (server?.is_system) issue('allow_all_scopes', grantFormMessages.allScopesSystem);
      } else if (values.audience && values.scope.length === 0 && !values.confirm_no_scopes) {
        issue('scope', grantFormMessages.noScopes);
      }
      const orgAllowed = values.organization_usage === 'allow' || values.organization_usage === 'require';
      if (values.allow_any_organization && !orgAllowed)
        issue('allow_any_organization', grantFormMessages.anyOrganization);
    }),
  );
}

export type GrantFormContext = { resourceServers: readonly ResourceServer[] };

/**
 * The scope rules depend on the APIs loaded at the time, so the schema is built per validation from
 * react-hook-form's `context` (kept current by useForm) instead of being frozen at the first render.
 */
export const grantFormResolver: Resolver<GrantFormValues, GrantFormContext> = (values, context, options) =>
  zodResolver(createGrantFormSchema(context?.resourceServers ?? []))(values, context, options);
