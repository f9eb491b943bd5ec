import Alert from '@mui/material/Alert';
import type { OwnAccessRisk } from './own-access-risk';

/** The second question before a batch that cuts the dashboard's own access. */
export function OwnAccessWarning({ risk, label }: { risk: OwnAccessRisk; label: string }) {
  return (
    <Alert severity="warning" role="alert">
      This batch includes the grant that gives this dashboard its access to the tenant (<bdi>{label}</bdi>). With
      new tokens, the dashboard will no longer be able to {risk.loss.join(', ')}. The token in use keeps working
      until it expires.
    </Alert>
  );
}
