import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The write may or may not have reached the tenant: only a re-read can tell. */
export const isUnknownOutcome = (error: unknown) => error instanceof NetworkError || error instanceof ResponseShapeError;
