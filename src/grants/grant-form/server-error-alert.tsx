import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { FieldErrors } from 'react-hook-form';
import { useConnectionState } from '../../connection/connection-context';
import { ReconnectBanner } from '../../connection/reconnect-banner';
import { rootServerError } from './server-error';

type Props = { errors: FieldErrors; children?: ReactNode };

/**
 * The tenant's refusal, on the form, above the untouched input. After a 401 (or when the token runs
 * out) the reconnect prompt appears here too: the page's own banner sits behind this modal dialog, and
 * the admin must be able to paste a new token and submit again without losing what they entered.
 */
export function ServerErrorAlert({ errors, children }: Props) {
  const { tokenRejected } = useConnectionState();
  const error = rootServerError(errors);
  // A 401 is old news once a new token is in: then neither the prompt nor the refusal stays on the form.
  const shown = error && !(error.unauthorized && !tokenRejected) ? error : undefined;
  return (
    <>
      <ReconnectBanner />
      {shown && (
        <Alert severity="error" role="alert">
          <AlertTitle>{shown.title}</AlertTitle>
          {shown.message}
          {children}
        </Alert>
      )}
    </>
  );
}
