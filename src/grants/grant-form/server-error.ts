import type { FieldErrors } from 'react-hook-form';
import { describeWriteError } from '../write-outcome';

/** What goes into `setError('root.server', …)`: the described error, title kept apart for the Alert's heading. */
export function serverError(error: unknown): { type: string; message: string } {
  const { title, detail, action } = describeWriteError(error);
  return { type: title, message: `${detail} ${action}` };
}

export function rootServerError(errors: FieldErrors): { title: string; message: string } | undefined {
  const server = errors.root?.server;
  if (!server) return undefined;
  return { title: typeof server.type === 'string' ? server.type : 'Error', message: server.message ?? '' };
}
