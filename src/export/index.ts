// What other features may use of export (formatters and the yaml library load only when an export starts).
export { ExportMenu } from './export-menu';
export { collectGrants, type ExportProgress } from './collect-grants';
export type { ExportNames, CollectGrants } from './use-export';
export type { ExportView } from './export-input';
export { CopyAsButtons } from './copy-as-buttons';
