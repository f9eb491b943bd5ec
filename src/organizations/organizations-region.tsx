import { useId, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ClientGrant } from '../api/client-grants';
import { AssociatedOrganizations } from './associated-organizations';
import { ORGANIZATION_SCOPES, useOrganizationAccess, type OrganizationAccess } from './organization-scopes';

type Props = { grant: ClientGrant };

function Section({ children }: { children: ReactNode }) {
  const titleId = useId();
  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Typography id={titleId} variant="subtitle1" component="h3">
        Organizations
      </Typography>
      {children}
    </Box>
  );
}

/** Not an error: the token was not given these scopes. Says which scope enables what; the rest works without. */
function MissingScopes({ access }: { access: OrganizationAccess }) {
  const missing = (Object.keys(ORGANIZATION_SCOPES) as Array<keyof OrganizationAccess>).filter(
    (ability) => !access[ability],
  );
  if (missing.length === 0) return null;
  return (
    <Alert severity="info" role="status">
      Your token lacks{' '}
      {missing.map((ability, index) => (
        <span key={ability}>
          {index > 0 && '; '}
          {ORGANIZATION_SCOPES[ability].scope} (needed to {ORGANIZATION_SCOPES[ability].enables})
        </span>
      ))}
      . Add them to your app’s grant on the Auth0 Management API, then get a new token and reconnect;
      everything else works without them.
    </Alert>
  );
}

function usageSentence(grant: ClientGrant): string {
  return grant.organization_usage === 'require'
    ? 'Tokens are issued through this grant only for an organization (organization use: require).'
    : 'Tokens may be issued through this grant with or without an organization (organization use: allow).';
}

/** Which organizations tokens can be issued for through this grant, and changing that (issue #26). */
export function OrganizationsRegion({ grant }: Props) {
  const access = useOrganizationAccess();
  // Auth0 treats a grant without organization_usage as deny.
  if ((grant.organization_usage ?? 'deny') === 'deny') {
    return (
      <Section>
        <Typography variant="body2">
          Organizations are off for this grant (organization use: deny): its tokens are never issued for an
          organization. Edit the grant to allow them.
        </Typography>
      </Section>
    );
  }
  if (grant.allow_any_organization) {
    return (
      <Section>
        <Typography variant="body2">{usageSentence(grant)}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          Any organization
        </Typography>
        <Typography variant="body2">
          Every organization of the tenant can be used with this grant (allow any organization); no
          association is needed.
        </Typography>
      </Section>
    );
  }
  return (
    <Section>
      <Typography variant="body2">{usageSentence(grant)}</Typography>
      <MissingScopes access={access} />
      {access.readAssociations && <AssociatedOrganizations grant={grant} access={access} />}
    </Section>
  );
}
