import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import { ErrorAlert } from '../components/error-alert';
import { useNow } from '../components/use-now';
import { useConnection } from '../connection/connection-context';
import { usageCount, usageHeadline } from './grant-usage';
import { isForbidden, logQueries } from './log-queries';
import { formatLogDate, windowSentence } from './log-window';
import { NeedsLogsScope } from './needs-logs-scope';
import { useLogsAccess } from './use-logs-access';
import { tracksClientCredentials } from './usage-index';
import { useGrantCreation } from './use-grant-creation';
import { byOrganizationText, type TokensByOrganization } from './organization-usage';

type Props = { grant: ClientGrant };

function Section({ children }: { children: ReactNode }) {
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="subtitle1" component="h3" gutterBottom>
        Usage
      </Typography>
      {children}
    </Box>
  );
}

/** Per organization when the grant allows organizations, or when any token named one (the usage may have changed since). */
function showsOrganizations(grant: ClientGrant, tokens: TokensByOrganization): boolean {
  const allows = grant.organization_usage === 'allow' || grant.organization_usage === 'require';
  return allows || tokens.organizations.length > 0;
}

function UsageFromLogs({ grant }: { grant: ClientGrant & { client_id: string } }) {
  const { api } = useConnection();
  const usage = useQuery(logQueries.grantUsage(api, grant.client_id, grant.audience));
  const window = useQuery(logQueries.window(api));
  const created = useGrantCreation(grant.id);
  // Relative times ("3 minutes ago") move on while the panel stays open.
  const now = useNow(30_000);
  if (usage.data && window.data) {
    const { lastIssued, lastScopes } = usage.data;
    return (
      <>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {usageHeadline(usage.data, window.data, now, created)}
          {lastIssued !== undefined && ` (${formatLogDate(lastIssued)})`}
        </Typography>
        <Typography variant="body2">{usageCount(usage.data, window.data, now)}</Typography>
        {lastScopes && <Typography variant="body2">Scopes of the last token: {lastScopes.join(' ') || 'none'}</Typography>}
        {showsOrganizations(grant, usage.data.byOrganization) && (
          <Typography variant="body2">{byOrganizationText(usage.data.byOrganization, usage.data.countIsFloor)}</Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {windowSentence(window.data, now)}
        </Typography>
      </>
    );
  }
  const error = usage.error ?? window.error;
  if (error && isForbidden(error)) return <NeedsLogsScope what="usage" />;
  if (error) return <ErrorAlert error={error} onRetry={() => void Promise.all([usage.refetch(), window.refetch()])} />;
  return <Skeleton variant="rounded" height={64} aria-label="Reading the logs" />;
}

/** When this grant last got a token, per the tenant's logs, and which days those logs cover. */
export function UsageRegion({ grant }: Props) {
  const canRead = useLogsAccess();
  let body: ReactNode;
  if (!canRead) body = <NeedsLogsScope what="usage" />;
  else if (!tracksClientCredentials(grant))
    body = (
      <Typography variant="body2">
        The logs record client-credentials tokens per application; this grant is not used that way (a user-access, third-party
        default or Auth0-managed grant), so they cannot show its use.
      </Typography>
    );
  else body = <UsageFromLogs grant={grant} />;
  return <Section>{body}</Section>;
}
