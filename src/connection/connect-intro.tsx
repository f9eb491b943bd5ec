import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';

/** The connect form's heading and what token it needs (the main form only). */
export function ConnectIntro() {
  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        Connect to your Auth0 tenant
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Paste your tenant's domain and a Management API token with <code>read:client_grants</code>,{' '}
        <code>read:clients</code> and <code>read:resource_servers</code> (plus create, update or
        delete:client_grants to change grants). Get one from the Auth0 dashboard:{' '}
        <em>Applications → APIs → Auth0 Management API → API Explorer</em>. The token is sent only to this
        tenant and kept in this tab's memory.{' '}
        <Link
          href="https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens"
          target="_blank"
          rel="noreferrer"
        >
          About Management API tokens
        </Link>
      </Typography>
    </Box>
  );
}
