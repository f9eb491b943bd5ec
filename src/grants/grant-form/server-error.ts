import type { ErrorOption, FieldErrors } from 'react-hook-form';
import { isUnauthorized } from '../../api/errors';
import { describeWriteError } from '../write-outcome';

/**
 * What goes into `setError('root.server', …)`: the described error, title kept apart for the Alert's
 * heading. A 401 is marked, so the form can let it go once a new token is in.
 */
export function serverError(error: unknown): ErrorOption {
  const { title, detail, action } = describeWriteError(error);
  return { type: title, message: `${detail} ${action}`, ...(isUnauthorized(error) ? { types: { unauthorized: true } } : {}) };
}

export type RootServerError = { title: string; message: string; unauthorized: boolean };

export function rootServerError(errors: FieldErrors): RootServerError | undefined {
  const server = errors.root?.server;
  if (!server) return undefined;
  return {
    title: typeof server.type === 'string' ? server.type : 'Error',
    message: server.message ?? '',
    // setError keeps `types`, though the root error's declared type leaves it out.
    unauthorized: (server as { types?: Record<string, unknown> }).types?.unauthorized === true,
  };
}
