import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Refresh from '@mui/icons-material/Refresh';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { ErrorAlert } from '../components/error-alert';
import { MessageState } from '../components/message-state';
import { GrantDialogs, type DialogState } from './grant-dialogs';
import Skeleton from '@mui/material/Skeleton';
import { grantQueries, listParams } from './grant-queries';
import { hasFilters, lastPage, type GrantFilterKey } from './grants-search';
import { GrantsTable } from './grants-table';
import { NamesNotice } from './names-notice';
import type { Notice } from './notice-snackbar';
import { CreateGrantButton } from './create-grant-button';
import { formatLifetimeHours, tokenLifetimeSeconds } from './token-lifetime';
import { deletedMessage, deleteErrorMessage, useDeleteGrant } from './use-delete-grant';
import { useBackGuard } from './use-back-guard';
import { useGrantsSearch } from './use-grants-search';
import { apiLabel, appLabel, useNames, grantLabel } from './use-names';
import { useVisibleNames } from './use-visible-names';
import { usePrefetchNextPage } from './use-prefetch-next-page';
import { isUnauthorized } from '../api/errors';
import { useInterruptedBatch, useSelection } from '../bulk';
import { GrantsBulk, useGrantLabels } from './grants-bulk';
import { LastUsedToggle } from './last-used-toggle';
import { useLastUsedColumn } from './use-last-used-column';
import { useAfterFirstPaint } from '../components/use-after-first-paint';

const GrantDetailPanel = lazy(() =>
  import('./grant-detail-panel').then((m) => ({ default: m.GrantDetailPanel })),
);
// The filter widgets (Autocomplete, Select, Switch) are a big share of MUI: they arrive just after the rows
// (rendered, and so imported, only once the rows are painted: components/use-after-first-paint.ts).
const GrantFilters = lazy(() => import('./grant-filters').then((m) => ({ default: m.GrantFilters })));
const DeleteGrantDialog = lazy(() =>
  import('./delete-grant-dialog').then((m) => ({ default: m.DeleteGrantDialog })),
);
// Export (its menu, paging and formats) arrives after the rows; formats and yaml only on first use.
const GrantsExport = lazy(() => import('./grants-export').then((m) => ({ default: m.GrantsExport })));
const ResumeBatchAlert = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.ResumeBatchAlert })));
const NoticeSnackbar = lazy(() => import('./notice-snackbar').then((m) => ({ default: m.NoticeSnackbar })));

// Decorative: it only holds the place; the "Filter grants" search region follows it.
const filtersPlaceholder = <Skeleton variant="rounded" height={40} aria-hidden="true" />;

export function GrantsPage() {
  const { api, domain } = useConnection();
  const queryClient = useQueryClient();
  const [search, dispatch] = useGrantsSearch();
  const params = useMemo(() => listParams(search), [search]);
  const { client_id, audience, subject_type, allow_any_organization, organization_id } = search;
  const filters = useMemo(
    () => ({ client_id, audience, subject_type, allow_any_organization, organization_id }),
    [client_id, audience, subject_type, allow_any_organization, organization_id],
  );
  const onFilter = useCallback((key: GrantFilterKey, value: string | undefined) => dispatch({ type: 'filter', key, value }), [dispatch]);
  const clearFilters = useCallback(() => dispatch({ type: 'clearFilters' }), [dispatch]);
  const list = useQuery(grantQueries.list(api, params));
  const names = useVisibleNames(useNames(), list.data?.client_grants);
  const [deleting, setDeleting] = useState<ClientGrant>();
  const [notice, setNotice] = useState<Notice>();
  const [dialog, setDialog] = useState<DialogState>();
  const selection = useSelection();
  const { clear: clearSelection, set: setSelected } = selection;
  const selectGrant = useCallback((grant: ClientGrant, on: boolean) => setSelected([grant], on), [setSelected]);
  // Ticked grants are for this view of the table: other filters, another selection.
  useEffect(() => clearSelection(), [filters, clearSelection]);
  const labels = useGrantLabels(names);
  const interruptedBatch = useInterruptedBatch();
  const deleteGrant = useDeleteGrant((error, grant) =>
    setNotice({ severity: 'error', message: deleteErrorMessage(error, appLabel(names, grant.client_id)) }),
  );
  usePrefetchNextPage(api, params, list.data, list.isPlaceholderData);
  const openGrant = useCallback(
    (grant: ClientGrant) => dispatch({ type: 'openGrant', id: grant.id }),
    [dispatch],
  );
  const editGrant = useCallback((grant: ClientGrant) => setDialog({ kind: 'edit', grant }), []);
  // Back while asked to confirm a delete cancels it, rather than changing the page behind the question.
  useBackGuard(deleting !== undefined, () => setDeleting(undefined));

  // A page past the end (a stale link, or the last row of the last page deleted) is known only once the
  // list answers with its total: then the address bar moves to the last real page, replacing the
  // entry so Back does not return to the empty page.
  const total = list.data?.total ?? 0;
  const pastEnd =
    !list.isPlaceholderData && list.data !== undefined && list.data.client_grants.length === 0 && search.page > 0;
  useEffect(() => {
    if (pastEnd) dispatch({ type: 'page', page: lastPage(total, search.per_page) }, { replace: true });
  }, [pastEnd, total, search.per_page, dispatch]);

  const confirmDelete = () => {
    if (deleting)
      deleteGrant.mutate(deleting, {
        onSuccess: (outcome) =>
          setNotice({
            severity: outcome === 'already' ? 'info' : 'success',
            message: deletedMessage(outcome, grantLabel(names, deleting)),
          }),
      });
    if (deleting?.id === search.grant) dispatch({ type: 'openGrant', id: undefined });
    setDeleting(undefined);
  };
  const deletingApi = deleting ? names.api(deleting.audience) : undefined;

  const empty = hasFilters(search) ? (
    <MessageState
      title="No grants match these filters"
      action={<Button onClick={clearFilters}>Clear filters</Button>}
    >
      {organization_id
        ? 'No grant associated with this organization matches. Try another organization, application or API, or clear the filters.'
        : 'Try another application or API, or clear the filters to see every grant in the tenant.'}
    </MessageState>
  ) : (
    <MessageState
      title="No client grants yet"
      action={<CreateGrantButton onClick={() => setDialog({ kind: 'create' })} />}
    >
      A client grant lets an application call an API with a set of scopes. Create the first one for this
      tenant.
    </MessageState>
  );

  const [lastUsed, setLastUsed] = useLastUsedColumn();
  const afterFirstPaint = useAfterFirstPaint();
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h2">
            Client grants
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {list.data
              ? `${total} ${total === 1 ? 'grant' : 'grants'}`
              : list.isError
                ? 'Could not load the grants'
                : 'Loading grants'}{' '}
            in {domain}
            {hasFilters(search) ? ' matching the filters' : ''}
          </Typography>
        </Box>
        <LastUsedToggle on={lastUsed} onChange={setLastUsed} />
        <Button
          startIcon={<Refresh />}
          onClick={() => void queryClient.invalidateQueries({ queryKey: grantQueries.all(api) })}
          disabled={list.isFetching}
        >
          Refresh
        </Button>
        <Suspense>
          {afterFirstPaint && <GrantsExport filters={filters} total={list.data?.total} names={names} />}
        </Suspense>
        <CreateGrantButton onClick={() => setDialog({ kind: 'create' })} />
      </Box>
      <Suspense fallback={filtersPlaceholder}>
        {afterFirstPaint ? (
          <GrantFilters
            filters={filters}
            names={names}
            namesLoading={names.clientsLoading}
            onFilter={onFilter}
            onClear={clearFilters}
          />
        ) : (
          filtersPlaceholder
        )}
      </Suspense>
      <NamesNotice names={names} />
      {interruptedBatch && (
        <Suspense>
          <ResumeBatchAlert {...labels} />
        </Suspense>
      )}
      {/* A 401 is answered by the reconnect banner alone. */}
      {list.isError && !isUnauthorized(list.error) && (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      )}
      {!(list.isError && !list.data) && (
        <GrantsTable
          grants={list.data?.client_grants}
          total={total}
          page={search.page}
          perPage={search.per_page}
          names={names}
          loadingMore={list.isPlaceholderData && list.isFetching}
          refreshing={list.isFetching && !list.isPlaceholderData && list.data !== undefined}
          empty={empty}
          onPage={(page) => dispatch({ type: 'page', page })}
          onPerPage={(perPage) => dispatch({ type: 'perPage', perPage })}
          onOpen={openGrant}
          onEdit={editGrant}
          onDelete={setDeleting}
          isSelected={selection.has}
          onSelect={selectGrant}
          lastUsed={lastUsed}
          fromOrganization={Boolean(organization_id)}
          bulk={<GrantsBulk selection={selection} rows={list.data?.client_grants} total={total} filters={filters} names={names} />}
        />
      )}
      {/* Each loads on first use, mounted only while needed: the first rows never wait for them. */}
      <Suspense>
        {search.grant && (
          <GrantDetailPanel
            id={search.grant}
            onClose={() => dispatch({ type: 'openGrant', id: undefined })}
            onEdit={editGrant}
            onDelete={setDeleting}
          />
        )}
        {deleting && (
          <DeleteGrantDialog
            open
            appName={appLabel(names, deleting.client_id)}
            apiName={apiLabel(names, deleting.audience)}
            lifetime={
              deletingApi?.status === 'found'
                ? formatLifetimeHours(tokenLifetimeSeconds(deletingApi.value))
                : undefined
            }
            onCancel={() => setDeleting(undefined)}
            onConfirm={confirmDelete}
          />
        )}
        {notice && <NoticeSnackbar notice={notice} onClose={() => setNotice(undefined)} />}
      </Suspense>
      <GrantDialogs
        state={dialog}
        names={names}
        onChange={setDialog}
        onNotice={setNotice}
        onOpenGrant={(id) => dispatch({ type: 'openGrant', id })}
      />
    </Stack>
  );
}
