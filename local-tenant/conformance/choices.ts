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
export const ARGUED_REFUSALS: readonly Departure[] = [];

/** Values the description's schema forbids that the local tenant nevertheless accepts. */
export const NOT_ENFORCED: readonly Departure[] = [
  {
    operationId: 'get_logs',
    parameter: 'fields',
    value: 'no such value!',
    reason:
      "The description's `fields` pattern for /logs lists 13 names and not `log_id`, `audience`, `scope` or " +
      '`hostname`, which every event carries and the dashboard asks for (`fields=log_id,date,type`, ' +
      'src/usage/log-queries.ts). Whether Auth0 refuses those is unknown; refusing them here would break the ' +
      'dashboard on evidence we do not have. Unknown names select nothing.',
  },
];
