// What other features may use of bulk changes. Only the selection (a small hook) is here, so the grants
// table can tick rows without downloading the bulk UI; the UI itself is `bulk-ui.ts`, imported lazily.
export { useSelection, type Selection } from './use-selection';
export type { GrantLabels } from './change-scopes-dialog';
export { useInterruptedBatch } from './use-interrupted-batch';
// The engine's re-read and write primitives, for Compare's apply (same pacing, same lost-answer handling).
export { readGrant, removeGrant, reserveReadAndWrite } from './grant-io';
