import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { FieldErrors } from 'react-hook-form';
import { rootServerError } from './server-error';

type Props = { errors: FieldErrors; children?: ReactNode };

/** The tenant's refusal, on the form, above the untouched input. */
export function ServerErrorAlert({ errors, children }: Props) {
  const error = rootServerError(errors);
  if (!error) return null;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{error.title}</AlertTitle>
      {error.message}
      {children}
    </Alert>
  );
}
