// The bulk UI, loaded after the rows (lazily by the grants page and the Access view).
export { BulkToolbar } from './bulk-toolbar';
export { SelectAllBanner, type CollectMatching } from './select-all-banner';
export { ResumeBatchAlert } from './resume-batch-alert';
export type { GrantLabels } from './change-scopes-dialog';
