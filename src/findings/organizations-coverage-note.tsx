import Alert from '@mui/material/Alert';
import type { OrganizationsCoverage } from '../tenant-index';

const notChecked =
  'Two rules about organizations were not checked (a grant that requires an organization but has none it may use; organizations kept on a grant that denies them)';

function reason(coverage: OrganizationsCoverage): string | undefined {
  switch (coverage.status) {
    case 'complete':
      return undefined;
    case 'forbidden':
      return `reading organizations and their grants needs ${coverage.missingScopes.join(' and ')}, which this connection’s token lacks. Every other rule was checked.`;
    case 'partial':
      return 'the organizations were read only in part, and a grant would look unassociated only because its organizations were not read. Refresh to read them all.';
    case 'unread':
      return 'the tenant’s organizations have not been read (yet).';
  }
}

/**
 * Why the rules that need every association were not evaluated: without the full list, a `require` grant
 * looks unassociated and a `deny` grant looks clean, so reporting on them would be wrong both ways.
 */
export function OrganizationsCoverageNote({ coverage }: { coverage: OrganizationsCoverage }) {
  const why = reason(coverage);
  if (!why) return null;
  return (
    <Alert severity="info">
      {notChecked}: {why}
    </Alert>
  );
}
