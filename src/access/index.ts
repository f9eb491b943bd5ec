// What other features may use from the Access view.
export { GrantLink } from './grant-link';
export { IndexStatus } from './index-status';
export { AccessBulkToolbar, useIndexLabels } from './access-bulk';
