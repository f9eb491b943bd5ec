// What other features may use of Compare. The page is loaded lazily (app.tsx); the Terraform parser only when a
// .tf file is chosen (read-compare-files.ts).
export { ComparePage } from './compare-page';
export type { ComparableGrant } from './comparable-grant';
export { compareGrants, type Diff, type DiffRow, type Change } from './diff';
export type { Mapping } from './matching';
export type { KeywordValues } from './keywords';
