import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { OrganizationsCoverage } from '../tenant-index';

// What each read scope enables, named when the token lacks it.
const purposes: Record<string, string> = {
  'read:organizations': 'to list organizations',
  'read:organization_client_grants': 'to read which grants each organization is associated with',
};

const needed = (scope: string) => (purposes[scope] ? `${scope} (${purposes[scope]})` : scope);

/**
 * Says how far the organizations answer can be trusted: not at all without the scopes (which ones, for
 * what), partial while the tenant is read or after the read stopped on the way, nothing when complete.
 */
export function OrganizationsCoverageNote({ coverage, reading }: { coverage: OrganizationsCoverage; reading: boolean }) {
  if (coverage.status === 'forbidden')
    return (
      <Alert severity="info" role="status" sx={{ my: 1 }}>
        This answer needs {coverage.missingScopes.map(needed).join(' and ')}, which the token does not hold. The
        other questions work without {coverage.missingScopes.length === 1 ? 'it' : 'them'}; the Organizations
        columns say "Unknown" where only the associations would tell.
      </Alert>
    );
  if (coverage.status === 'complete') return null;
  // The index marks organizations partial while it reads them, too: only a read that ended makes it final.
  const text = reading
    ? 'Organizations and their associations are being read: the answer is partial until they are.'
    : coverage.status === 'partial'
      ? 'Organizations and their associations were read in part: the answer is partial.'
      : 'Organizations and their associations are not read yet: the answer is partial until they are.';
  return (
    <Typography variant="body2" color="text.secondary" sx={{ my: 1 }} role="status">
      {text}
    </Typography>
  );
}
