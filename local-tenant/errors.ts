// Auth0's Management API error body: {statusCode, error, message, errorCode?}. Every failure the
// local tenant produces goes through ApiError so the body is identical everywhere.
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export type ErrorBody = { statusCode: number; error: string; message: string; errorCode?: string };

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Error';
}

export class ApiError extends Error {
  readonly status: number;
  readonly errorCode: string | undefined;

  constructor(status: number, message: string, errorCode?: string) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = {
      statusCode: this.status,
      error: statusText(this.status),
      message: this.message,
    };
    if (this.errorCode !== undefined) body.errorCode = this.errorCode;
    return body;
  }
}

/** The token endpoint speaks OAuth, not the Management API: its errors are {error, error_description}. */
export class OAuthError extends Error {
  readonly status: number;
  readonly error: string;

  constructor(status: number, error: string, description: string) {
    super(description);
    this.status = status;
    this.error = error;
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}

export const invalidBody = (detail: string): ApiError =>
  new ApiError(400, `Payload validation error: ${detail}`, 'invalid_body');

export const invalidQuery = (detail: string): ApiError =>
  new ApiError(400, `Query validation error: ${detail}`, 'invalid_query_string');

export const invalidUri = (detail: string): ApiError =>
  new ApiError(400, `Path validation error: ${detail}`, 'invalid_uri');

export const unauthorized = (message: string, errorCode = 'invalid_token'): ApiError =>
  new ApiError(401, message, errorCode);

export const insufficientScope = (expected: readonly string[]): ApiError =>
  new ApiError(403, `Insufficient scope, expected any of: ${expected.join(',')}`, 'insufficient_scope');

export const grantNotFound = (): ApiError =>
  new ApiError(404, 'The grant does not exist.', 'inexistent_client_grant');
export const clientNotFound = (): ApiError => new ApiError(404, 'Client not found', 'inexistent_client');
export const resourceServerNotFound = (): ApiError =>
  new ApiError(404, 'Resource server not found', 'inexistent_resource_server');

export const grantConflict = (): ApiError =>
  new ApiError(409, 'A client grant for this client and audience already exists.', 'client_grant_conflict');

export const routeNotFound = (): ApiError => new ApiError(404, 'Not Found');

export const tooManyRequests = (): ApiError =>
  new ApiError(429, 'Global limit has been reached', 'too_many_requests');

// Organizations. The 404 text is the description's ("No organization found by that id or name"); the
// errorCodes are (choice) in the style of inexistent_client_grant.
export const organizationNotFound = (): ApiError =>
  new ApiError(404, 'No organization found by that id or name', 'inexistent_organization');

export const organizationGrantConflict = (): ApiError =>
  new ApiError(409, 'The client grant has already been added to this organization.', 'client_grant_already_added');
