import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ClientGrant } from '../api/client-grants';

const shown = 3;

/** The first few scopes, then "+N more" with the rest on hover or focus; "All scopes" when the grant has them all. */
export function ScopeChips({ grant }: { grant: ClientGrant }) {
  if (grant.allow_all_scopes) return <Chip size="small" color="primary" label="All scopes" />;
  const scopes = grant.scope ?? [];
  if (scopes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No scopes
      </Typography>
    );
  }
  const rest = scopes.slice(shown);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {scopes.slice(0, shown).map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={scope} />
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join(', ')}>
          <Chip size="small" label={`+${rest.length} more`} tabIndex={0} aria-label={`${rest.length} more scopes: ${rest.join(', ')}`} />
        </Tooltip>
      )}
    </Box>
  );
}
