import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useNow } from '../components/use-now';
import { assessToken, formatTimeLeft, type DecodedToken } from './token';

type Props = { token: DecodedToken; domain: string | undefined };

const visibleScopes = 12;

/** What the pasted token is, before the admin connects with it: tenant, time left, scopes, warnings. */
export function TokenPreview({ token, domain }: Props) {
  const now = useNow();
  const assessment = assessToken(token, domain ?? '', now);
  const hidden = assessment.scopes.length - visibleScopes;
  return (
    <Box component="section" aria-label="Token details" sx={{ p: 2, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Stack spacing={1}>
        <Typography variant="body2">
          <strong>Tenant:</strong> {assessment.tenantDomain ?? assessment.audience.join(', ')}
        </Typography>
        <Typography variant="body2">
          <strong>Expires:</strong> {assessment.expiresAt > now ? `in ${formatTimeLeft(assessment.expiresAt - now)}` : 'expired'}
        </Typography>
        <Typography variant="body2" component="div">
          <strong>Scopes ({assessment.scopes.length}):</strong>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
            {assessment.scopes.slice(0, visibleScopes).map((scope) => (
              <Chip key={scope} label={scope} size="small" variant="outlined" />
            ))}
            {hidden > 0 && <Chip label={`+${hidden} more`} size="small" />}
          </Box>
        </Typography>
        {domain &&
          assessment.warnings.map((warning) => (
            <Alert key={warning} severity="warning">
              {warning}
            </Alert>
          ))}
      </Stack>
    </Box>
  );
}
