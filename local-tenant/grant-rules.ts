import { randomInt } from 'node:crypto';
import { ApiError, invalidBody, invalidUri } from './errors.ts';
import type { Client, Grant, ResourceServer } from './types.ts';
import type { FieldSpec } from './validation.ts';

// Field schemas and cross-field rules shared by POST and PATCH /client-grants.

export const SCOPE_FIELD: FieldSpec = {
  type: 'string[]',
  minLength: 1,
  maxLength: 280,
  description: 'Scopes allowed for this client grant',
};
export const ORG_USAGE_FIELD: FieldSpec = {
  type: 'string',
  enum: ['deny', 'allow', 'require'],
  description: 'Defines whether organizations can be used with client credentials exchanges for this grant',
};
export const ALLOW_ANY_ORG_FIELD: FieldSpec = {
  type: 'boolean',
  description:
    'If enabled, any organization can be used with this grant. If disabled (default), the grant must be explicitly assigned to the desired organizations',
};
export const DETAILS_TYPES_FIELD: FieldSpec = {
  type: 'string[]',
  minLength: 1,
  maxLength: 255,
  description: 'Types of authorization_details allowed for this client grant',
};
export const ALLOW_ALL_SCOPES_FIELD: FieldSpec = {
  type: 'boolean',
  description: 'If enabled, all scopes configured on the resource server are allowed for this grant',
};

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function newGrantId(): string {
  let id = 'cgr_';
  for (let i = 0; i < 16; i++) id += ALNUM[randomInt(ALNUM.length)];
  return id;
}

export function checkGrantIdPath(id: string): void {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw invalidUri(
      `'String does not match pattern ^[A-Za-z0-9_-]{1,64}$' on property id (ID of the client grant).`,
    );
  }
}

/** Rules that need the grant as it will be after the write (POST result or PATCH merge). */
export function checkGrantShape(grant: Grant): void {
  if (
    grant.allow_any_organization === true &&
    grant.organization_usage !== 'allow' &&
    grant.organization_usage !== 'require'
  ) {
    throw invalidBody(
      `'allow_any_organization can only be true when organization_usage is allow or require'.`,
    );
  }
  if (grant.authorization_details_types !== undefined && grant.subject_type !== 'user') {
    throw invalidBody(`'authorization_details_types is only allowed for grants with subject_type user'.`);
  }
  if (grant.allow_all_scopes === true && grant.scope !== undefined && grant.scope.length > 0) {
    throw invalidBody(`'scope cannot be set when allow_all_scopes is true'.`);
  }
}

/** Rules against the API the grant points at (only checked when that API exists). */
export function checkAgainstServer(grant: Grant, server: ResourceServer): void {
  if (grant.allow_all_scopes === true && server.is_system === true) {
    throw invalidBody(`'allow_all_scopes is not allowed for system resource servers'.`);
  }
  const known = new Set(server.scopes.map((scope) => scope.value));
  if (grant.scope?.some((scope) => !known.has(scope))) {
    throw invalidBody('scope must be a subset of resource server scopes');
  }
}

/**
 * "Third-party applications cannot use allow_any_organization" (Auth0, Machine-to-Machine Access for
 * Organizations): each organization must be associated explicitly. The message text is a choice.
 */
export function checkAgainstClient(grant: Grant, client: Client | undefined): void {
  if (grant.allow_any_organization === true && client?.is_first_party === false) {
    throw invalidBody(`'allow_any_organization is not allowed for third-party clients'.`);
  }
}

export const systemGrantError = (action: 'modified' | 'deleted'): ApiError =>
  new ApiError(400, `System client grants cannot be ${action}.`, 'operation_not_supported');
