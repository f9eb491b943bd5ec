import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, ResponseShapeError, describeError, parseMissingScopes } from './errors';

function apiError(status: number, message: string, errorCode?: string) {
  return new ApiError({ status, error: 'Reason', message, errorCode });
}

describe('ApiError', () => {
  it('keeps status, reason, message, errorCode and rate-limit info', () => {
    const error = new ApiError({
      status: 429,
      error: 'Too Many Requests',
      message: 'Global limit has been reached',
      errorCode: 'too_many_requests',
      rateLimit: { remaining: 0 },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 429,
      error: 'Too Many Requests',
      message: 'Global limit has been reached',
      errorCode: 'too_many_requests',
      rateLimit: { remaining: 0 },
    });
  });
});

describe('parseMissingScopes', () => {
  it('parses Auth0’s comma-separated list', () => {
    expect(parseMissingScopes('Insufficient scope, expected any of: read:client_grants')).toEqual([
      'read:client_grants',
    ]);
    expect(
      parseMissingScopes('Insufficient scope, expected any of: create:client_grants,update:client_grants'),
    ).toEqual(['create:client_grants', 'update:client_grants']);
    expect(
      parseMissingScopes('Insufficient scope, expected any of: read:clients, read:client_summary.'),
    ).toEqual(['read:clients', 'read:client_summary']);
  });

  it('returns nothing for other messages', () => {
    expect(parseMissingScopes('Forbidden')).toEqual([]);
  });
});

describe('describeError', () => {
  it('401: token expired or invalid → reconnect with a new token', () => {
    const text = describeError(apiError(401, 'Expired token received for JSON Web Token validation'));
    expect(text.title).toMatch(/expired or invalid/i);
    expect(text.detail).toContain('Expired token received');
    expect(text.action).toMatch(/new .*token.*reconnect/i);
  });

  it('403 insufficient_scope names the missing scope', () => {
    const text = describeError(
      apiError(403, 'Insufficient scope, expected any of: delete:client_grants', 'insufficient_scope'),
    );
    expect(text.title).toMatch(/permission/i);
    expect(text.detail).toContain('delete:client_grants');
    expect(text.action).toContain('delete:client_grants');
    expect(text.action).toMatch(/new token/i);
  });

  it('403 insufficient scope is recognised by message when errorCode is missing', () => {
    const text = describeError(
      apiError(403, 'Insufficient scope, expected any of: read:clients,read:client_summary'),
    );
    expect(text.detail).toContain('read:clients or read:client_summary');
  });

  it('403 with several accepted scopes advises adding the first, the one Auth0 names for the action', () => {
    const text = describeError(
      apiError(
        403,
        'Insufficient scope, expected any of: read:clients,read:client_keys,read:client_credentials,read:client_summary',
        'insufficient_scope',
      ),
    );
    expect(text.detail).toContain(
      'read:clients or read:client_keys or read:client_credentials or read:client_summary',
    );
    expect(text.action).toContain('Add read:clients to');
    expect(text.action).not.toContain('read:client_keys');
  });

  it('403 without a scope list still explains', () => {
    const text = describeError(apiError(403, 'Client is blocked'));
    expect(text.title).toMatch(/denied/i);
    expect(text.detail).toContain('Client is blocked');
  });

  it('404 shows the server message', () => {
    const text = describeError(apiError(404, 'The grant does not exist.', 'inexistent_client_grant'));
    expect(text.title).toMatch(/not found/i);
    expect(text.detail).toBe('The grant does not exist.');
  });

  it('409 says a grant for that app and API already exists', () => {
    const text = describeError(apiError(409, 'A client grant for this client and audience already exists.'));
    expect(text.title).toMatch(/already exists/i);
    expect(text.detail).toMatch(/application and API already exists/);
    expect(text.action).toMatch(/edit the existing grant/i);
  });

  it('429 says rate limited after retries', () => {
    const text = describeError(apiError(429, 'Global limit has been reached', 'too_many_requests'));
    expect(text.title).toMatch(/rate limited/i);
    expect(text.detail).toMatch(/after several retries/);
  });

  it('400 shows the validation message', () => {
    const text = describeError(
      apiError(400, "Payload validation error: 'Additional properties not allowed: foo'.", 'invalid_body'),
    );
    expect(text.detail).toContain('Additional properties not allowed: foo');
  });

  it.each([500, 502, 503])('%i is an Auth0-side problem', (status) => {
    const text = describeError(apiError(status, 'Internal error'));
    expect(text.title).toMatch(/Auth0 had a problem/);
    expect(text.detail).toContain(String(status));
    expect(text.action).toMatch(/try again/i);
  });

  it('other statuses get a generic request-failed text', () => {
    expect(describeError(apiError(418, "I'm a teapot")).title).toBe('Request failed (418)');
  });

  it('network errors point at the domain, CORS/Allowed Web Origins and connectivity', () => {
    const error = new NetworkError({ origin: 'https://acme.us.auth0.com', likelyCause: 'domain-or-cors' });
    expect(error.message).toContain('https://acme.us.auth0.com');
    expect(error.message).toMatch(/domain is likely wrong.*CORS/);
    const text = describeError(error);
    expect(text.title).toMatch(/could not reach/i);
    expect(text.action).toMatch(/domain/i);
    expect(text.action).toContain('Allowed Web Origins');
    expect(text.action).toMatch(/connection/i);
  });

  it('network errors: offline', () => {
    expect(describeError(new NetworkError({ origin: 'https://a.b', likelyCause: 'offline' })).detail).toMatch(
      /offline/,
    );
  });

  // A loopback port that answers without CORS headers or resets the connection fails like a closed
  // one: the text names both possibilities and both checks, never "likely not running".
  it('network errors on loopback: nothing answered, or it answered without CORS', () => {
    const local = describeError(
      new NetworkError({ origin: 'http://127.0.0.1:4010', likelyCause: 'local-tenant-unreachable' }),
    );
    expect(local.detail).toContain('http://127.0.0.1:4010');
    expect(local.detail).toMatch(/nothing answered/);
    expect(local.detail).toMatch(/reset the connection/);
    expect(local.detail).toMatch(/without CORS headers/);
    expect(local.detail).not.toMatch(/likely not running/);
    expect(local.action).toMatch(/npm run tenant/);
    expect(local.action).toMatch(/another program holds the port/);
  });

  it('NetworkError keeps the cause but its message is ours', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new NetworkError({ origin: 'https://a.b', likelyCause: 'domain-or-cors', cause });
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('NetworkError');
  });

  it('shape errors name the endpoint and the issues', () => {
    const error = new ResponseShapeError({
      endpoint: 'GET /api/v2/client-grants',
      issues: ['total: expected number'],
    });
    const text = describeError(error);
    expect(text.title).toMatch(/unexpected response/i);
    expect(text.detail).toContain('GET /api/v2/client-grants');
    expect(text.detail).toContain('total: expected number');
  });

  it('anything else gets a generic text', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ title: 'Something went wrong', detail: 'boom' });
    expect(describeError('a string')).toMatchObject({
      title: 'Something went wrong',
      detail: 'An unknown error occurred.',
    });
    expect(describeError(undefined).action).toBeTruthy();
  });
});
