import type { ClientGrant } from '../api/client-grants';
import type { ExportInput } from './export-input';

/**
 * A format written in slices (start, chunk per slice of sorted grants, end), so a large export can
 * yield to the page between slices. `first` tells a chunk whether a separator is needed before it.
 */
export type Formatter = {
  extension: string;
  mimeType: string;
  start(input: ExportInput, grants: readonly ClientGrant[]): string;
  chunk(input: ExportInput, grants: readonly ClientGrant[], first: boolean): string;
  end(input: ExportInput, grants: readonly ClientGrant[]): string;
};
