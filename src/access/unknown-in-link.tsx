import Alert from '@mui/material/Alert';
import { IsolatedText } from '../components/isolated-text';

type Props =
  | { what: 'scope'; value: string; audience: string }
  | { what: 'application' | 'organization'; value: string; audience?: undefined };

/**
 * A scope, application or organization named by the address (a link, a bookmark) that the tenant, read to the end, does not
 * have: said so, rather than an empty answer that reads as "nobody holds it".
 */
export function UnknownInLink({ what, value, audience }: Props) {
  return (
    <Alert severity="info" role="status" sx={{ my: 1 }}>
      {what === 'scope' ? (
        <>
          Unknown scope: no API of this tenant defines <IsolatedText text={value} /> on{' '}
          <IsolatedText text={audience ?? ''} />, and no grant holds it. The link may be out of date; choose a
          scope above.
        </>
      ) : what === 'organization' ? (
        <>
          Unknown organization: this tenant has no organization with the ID <IsolatedText text={value} />. The link
          may be out of date; choose an organization above.
        </>
      ) : (
        <>
          Unknown application: this tenant has no application with the client ID <IsolatedText text={value} />
          , and no grant names it. The link may be out of date; choose an application above.
        </>
      )}
    </Alert>
  );
}
