// Where the local tenant knowingly departs from the published description, as data the conformance test
// checks (an entry that no longer happens fails the test, so the list cannot go stale). Each has its reason;
// docs/management-api.md ("The published description") says the same in prose.

export type Departure = {
  operationId: string;
  parameter: string;
  /** The value sent, as in the query string (arrays joined by `&`). */
  value: string;
  reason: string;
};

/** Documented parameters or body fields, with documented values, that the local tenant refuses. */
export const ARGUED_REFUSALS: readonly Departure[] = [
  {
    operationId: 'get_logs',
    parameter: 'take',
    value: '101',
    reason:
      'The schema gives take no maximum, but the same parameter\'s description says "max 100" (as do Auth0\'s docs), ' +
      'and every other take in the description is 1–100: a larger page is refused, not silently cut to 100.',
  },
];

/** Values the description's schema forbids that the local tenant nevertheless accepts. */
export const NOT_ENFORCED: readonly Departure[] = [];
