import Box from '@mui/material/Box';
import type { ClientGrant } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { CopyButton } from '../components/copy-button';
import { auth0CliCommand, curlCommand, nodeSdkCall } from './copy-commands';

/** "Copy as": the command that creates this grant (e.g. in another tenant), with a token placeholder. */
export function CopyAsButtons({ grant }: { grant: ClientGrant }) {
  const { api, domain } = useConnection();
  return (
    <Box role="group" aria-label="Copy as" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <CopyButton value={curlCommand(api.origin, grant)} label="Copy as curl" />
      <CopyButton value={auth0CliCommand(grant)} label="Copy as Auth0 CLI" />
      <CopyButton value={nodeSdkCall(domain, grant)} label="Copy as Node SDK" />
    </Box>
  );
}
