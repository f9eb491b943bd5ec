import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { navigateTo, useLocationSearch } from '../app/use-location-search';
import type { ClientGrant } from '../api/client-grants';
import { applicationAccess, holdersOf, isKnownScope, scopeOptions, sortedClients, useTenantIndex } from '../tenant-index';
import { correctAccessQuery, parseAccessSearch, serializeAccessSearch, type AccessSearch } from './access-search';
import { useSelection } from '../bulk';
import { AccessBulkToolbar, AccessResumeBatch, useIndexLabels } from './access-bulk';
import { AccessMatrix } from './access-matrix';
import { ApplicationAccessTable } from './application-access-table';
import { ApplicationCombobox } from './application-combobox';
import { IndexStatus } from './index-status';
import { OrganizationQuestion } from './organization-question';
import { organizationReach } from './organization-text';
import { reachableRows } from './reachable-rows';
import { ScopeCombobox } from './scope-combobox';
import { ScopeHoldersTable } from './scope-holders-table';
import { UnknownInLink } from './unknown-in-link';

const ExportMenu = lazy(() => import('../export').then((m) => ({ default: m.ExportMenu })));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Opens a grant in the Grants view's detail panel; Back returns to this view as it was. */
const openGrant = (grant: ClientGrant) => navigateTo(new URLSearchParams({ grant: grant.id }));

/** Who can call what, tenant-wide, answered from the tenant index as it is read. */
export function AccessPage() {
  const state = useTenantIndex();
  const { index, version, partial } = state;
  const query = useLocationSearch();
  const search = useMemo(() => parseAccessSearch(new URLSearchParams(query)), [query]);
  const update = (change: Partial<AccessSearch>) => navigateTo(serializeAccessSearch({ ...search, ...change }));
  // The address bar says what the view shows (a bad value dropped, a padded one trimmed), as the grants view's does.
  useEffect(() => {
    const corrected = correctAccessQuery(window.location.search);
    if (corrected !== undefined) navigateTo(new URLSearchParams(corrected), { replace: true });
  }, [query]);
  // Each answer is a lookup in the index; recomputed only when the index changed (at most once a second).
  // The pickers' sorted lists change only with the names and the set of (API, scope) pairs.
  const { namesVersion, scopeKeysVersion } = index;
  const options = useMemo(() => (namesVersion + scopeKeysVersion >= 0 ? scopeOptions(index) : []), [index, namesVersion, scopeKeysVersion]);
  const clients = useMemo(() => (namesVersion >= 0 ? sortedClients(index) : []), [index, namesVersion]);
  const { client_id, organization_id } = search;
  // The picker shows the choice at once; the holders follow in a render React can interrupt and split,
  // so choosing a scope never blocks the page for the length of a long answer's first render.
  const scope = useDeferredValue(search.scope);
  // A scope the tenant does not know (a stale or mistyped link) is said to be unknown once the read is complete;
  // its API's "all scopes" grants are not listed as holding it.
  const scopeKnown = useMemo(() => (scope && version >= 0 ? isKnownScope(index, scope.audience, scope.value) : false), [index, version, scope]);
  const holders = useMemo(
    () => (scope && scopeKnown && version >= 0 ? holdersOf(index, scope.audience, scope.value) : []),
    [index, version, scope, scopeKnown],
  );
  const access = useMemo(() => (client_id && version >= 0 ? applicationAccess(index, client_id) : []), [index, version, client_id]);
  const reachable = useMemo(
    () => (organization_id && version >= 0 ? reachableRows(index, organization_id) : []),
    [index, version, organization_id],
  );
  // The Organizations columns: one lookup per row drawn, redone when the index changes (its maps are live, so
  // the version is the dependency; the `>= 0` test, always true, names it, as the memos above do).
  const reachOf = useCallback((row: { grant: ClientGrant }) => (version >= 0 ? organizationReach(index, row.grant) : { kind: 'unread' as const }), [index, version]);
  // The results on screen (a scope's holders, one app's access, what reaches an organization), each grant once.
  const results = useMemo(
    () => [...new Map([...holders, ...access, ...reachable].map((row) => [row.grant.id, row.grant])).values()],
    [holders, access, reachable],
  );
  const collect = useCallback(() => Promise.resolve(results), [results]);
  // The index's maps are live (filled in place as it is read): an export reads the names current then.
  // Complete once the read has finished: only then is an id missing from them a deleted app or API.
  const names = useMemo(
    () => ({ clients: index.clients, apis: index.apis, complete: { clients: !partial, apis: !partial } }),
    [index, partial],
  );
  const selection = useSelection();
  const { clear: clearSelection } = selection;
  // Ticked holders belong to one scope's answer: another scope, another selection.
  useEffect(() => clearSelection(), [scope, clearSelection]);
  const labels = useIndexLabels(index);
  const appName = client_id ? (index.clients.get(client_id)?.name ?? client_id) : '';
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Access
        </Typography>
        <Suspense>
          <ExportMenu view="access" collect={collect} names={names} disabled={results.length === 0} />
        </Suspense>
      </Box>
      <IndexStatus state={state} />
      <AccessResumeBatch labels={labels} />
      <Section title="Who holds a scope">
        <ScopeCombobox options={options} value={search.scope} loading={partial} onChange={(option) => update({ scope: option && { audience: option.audience, value: option.value } })} />
        {scope && !scopeKnown && !partial && <UnknownInLink what="scope" value={scope.value} audience={scope.audience} />}
        {scope && (scopeKnown || partial) && (
          <>
            <AccessBulkToolbar selection={selection} labels={labels} />
            <ScopeHoldersTable
              key={`${scope.audience} ${scope.value}`}
              holders={holders}
              scope={scope.value}
              partial={partial}
              selection={selection}
              labelOf={(holder) => labels.labelOf(holder.grant)}
              reachOf={reachOf}
            />
          </>
        )}
      </Section>
      <Section title="What an application can call">
        <ApplicationCombobox clients={clients} value={client_id} loading={partial} onChange={(id) => update({ client_id: id })} />
        {client_id && !partial && access.length === 0 && !index.clients.has(client_id) ? (
          <UnknownInLink what="application" value={client_id} />
        ) : (
          client_id && <ApplicationAccessTable rows={access} appName={appName} reachOf={reachOf} />
        )}
      </Section>
      <Section title="What can reach an organization">
        <OrganizationQuestion
          index={index}
          rows={reachable}
          organizationId={organization_id}
          partial={partial}
          reading={state.status === 'reading'}
          onChange={(id) => update({ organization_id: id })}
        />
      </Section>
      <Section title="Applications × APIs">
        <AccessMatrix index={index} version={version} onOpenGrant={openGrant} />
      </Section>
    </Stack>
  );
}
