import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { rootServerError, serverError } from './server-error';

const asRoot = (error: ReturnType<typeof serverError>) => ({ root: { server: error } }) as unknown as FieldErrors;

describe('serverError / rootServerError', () => {
  it('marks a 401, so the form can drop it once a new token is in', () => {
    const error = rootServerError(asRoot(serverError(new ApiError({ status: 401, error: 'Unauthorized', message: 'Expired token' }))));
    expect(error).toMatchObject({ title: 'Token expired or invalid', unauthorized: true });
    expect(error?.message).toContain('Expired token');
  });

  it('leaves other refusals unmarked', () => {
    const error = rootServerError(asRoot(serverError(new ApiError({ status: 409, error: 'Conflict', message: 'exists' }))));
    expect(error).toMatchObject({ title: 'Grant already exists', unauthorized: false });
  });

  it('is undefined without a server error', () => {
    expect(rootServerError({})).toBeUndefined();
  });
});
