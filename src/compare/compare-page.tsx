import { useEffect, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useConnection } from '../connection/connection-context';
import { useOtherTenants } from '../connection/use-other-tenants';
import { downloadText } from '../export/download';
import { useTenantIndex, type ReadProgress } from '../tenant-index';
import { ApplyToTarget } from './apply-to-target';
import { CompareSide, type SideChoice } from './compare-side';
import { ConnectAnotherTenant } from './connect-another-tenant';
import { compareGrants, warmSide } from './diff';
import { managementApiMapping } from './matching';
import { diffToCsv, diffToMarkdown } from './diff-export';
import { DifferencesTable } from './differences-table';
import { DifferenceFiltersBar } from './difference-filters-bar';
import { DEFAULT_FILTERS, filterDifferences, kindCounts, markdownFilterNote } from './difference-filters';
import { useGrantLinks } from './use-grant-links';
import { useRowSelection } from './use-row-selection';
import { CompareNotes } from './compare-notes';
import { parseKeywordValues, parseMappings } from './compare-settings';
import { CompareSettingsPanel } from './compare-settings-panel';
import type { KeywordValues } from './keywords';
import { pairOfSides } from './pair-of-sides';
import { usePairSettings } from './use-pair-settings';
import { problemText, useCompareSide, type SideState } from './use-compare-side';
import { useTenantSide, type TenantSide } from './use-tenant-side';

function sideStatus(side: SideState, tenant: TenantSide): string | undefined {
  if (side.choice !== 'file' && !tenant.connection) return 'Not connected any more: choose another tenant or a file.';
  if (tenant.reading) return `Reading the tenant: ${readingText(tenant.reading)}; the differences show once it is read.`;
  if (side.choice !== 'file') return tenant.partial ? 'Read only in part: these differences are not final.' : undefined;
  if (side.reading) return 'Reading the file…';
  if (side.problem) return `Not read: ${problemText(side.problem)}`;
  if (!side.file) return 'Choose or drop a JSON export, a Deploy CLI tenant.yaml or grants/*.json, or a Terraform file.';
  const read = side.file.grants.length;
  return `${side.file.names.join(', ')}: ${read.toLocaleString()} ${read === 1 ? 'grant' : 'grants'}${side.file.skipped.length > 0 ? `, ${side.file.skipped.length} not placed` : ''}.`;
}

const count = new Intl.NumberFormat();

function readingText({ phase, loaded, total }: ReadProgress): string {
  if (phase === 'apis') return 'APIs…';
  if (phase === 'applications') return 'applications…';
  return `${count.format(loaded)}${total === undefined ? '' : ` of ${count.format(total)}`} grants`;
}

/** Runs `work` when the browser is idle (soon, where it cannot say); returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

const tenantDomain = (choice: SideChoice) => (choice.startsWith('other:') ? choice.slice('other:'.length) : undefined);

/** Compare the connected tenant with a second tenant or a file (or two files), grant by grant; apply to a tenant. */
export function ComparePage() {
  const { domain } = useConnection();
  const { index } = useTenantIndex();
  const { namesVersion } = index;
  // Until the keyword values are valid JSON, files are read with the last valid ones (none at first).
  const [validKeywords, setValidKeywords] = useState<KeywordValues>({});
  // Literal client ids in a Terraform file are named through the connected tenant (its own export writes ids).
  const options = useMemo(
    () => ({
      keywords: validKeywords,
      clientNames: new Map(namesVersion >= 0 ? [...index.clients.values()].map((c) => [c.client_id, c.name] as const) : []),
      organizationNames: new Map([...index.organizations.values()].map((o) => [o.id, o.name] as const)),
    }),
    [index, namesVersion, validKeywords],
  );
  const source = useCompareSide('file', options);
  const target = useCompareSide('tenant', options);
  // Mappings and keyword values of this pair of sides, remembered in this browser (use-pair-settings.ts).
  const pair = useMemo(
    () => pairOfSides({ choice: source.choice, file: source.file }, { choice: target.choice, file: target.file }, domain),
    [source.choice, source.file, target.choice, target.file, domain],
  );
  const pairSettings = usePairSettings(pair);
  const mappings = useMemo(() => parseMappings(pairSettings.mappings), [pairSettings.mappings]);
  const keywords = useMemo(() => parseKeywordValues(pairSettings.keywords), [pairSettings.keywords]);
  if (keywords.value && keywords.value !== validKeywords) setValidKeywords(keywords.value);
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const { tenants: others } = useOtherTenants();
  const sourceTenant = useTenantSide(source.choice);
  const targetTenant = useTenantSide(target.choice);
  const sourceGrants = source.choice === 'file' ? source.file?.grants : sourceTenant.grants;
  const targetGrants = target.choice === 'file' ? target.file?.grants : targetTenant.grants;
  const { selected, onSelect } = useRowSelection(`${source.choice}\u0000${target.choice}`);
  const sourceDomain = source.choice === 'file' ? undefined : (tenantDomain(source.choice) ?? domain);
  const targetDomain = target.choice === 'file' ? undefined : (tenantDomain(target.choice) ?? domain);
  const mappingRows = useMemo(
    () => [...(mappings.value ?? []), ...managementApiMapping(sourceDomain, targetDomain)],
    [mappings.value, sourceDomain, targetDomain],
  );
  // Each side is keyed ahead while the page is idle (diff.ts caches it), so the diff's first rows do not wait for a
  // 10,000-grant tenant to be keyed once the other side's file is chosen.
  useEffect(
    () =>
      whenIdle(() => {
        if (sourceGrants) warmSide(sourceGrants, mappingRows);
        if (targetGrants) warmSide(targetGrants, mappingRows);
      }),
    [sourceGrants, targetGrants, mappingRows],
  );
  const diff = useMemo(
    () => (sourceGrants && targetGrants ? compareGrants(sourceGrants, targetGrants, mappingRows) : undefined),
    [sourceGrants, targetGrants, mappingRows],
  );
  const { apiNames, grantIdOf } = useGrantLinks(source.choice, target.choice, sourceTenant, targetTenant);
  const rows = useMemo(() => (diff ? filterDifferences(diff.rows, filters, apiNames) : []), [diff, filters, apiNames]);
  const counts = useMemo(() => (diff ? kindCounts(diff.rows, filters.text, apiNames) : undefined), [diff, filters.text, apiNames]);
  // The exports hold what the table shows (the filters apply): an admin exporting for a pull request expects what
  // they see. The Markdown says when rows were filtered out, so a reviewer does not take it for the whole diff.
  const shownDiff = useMemo(() => (diff ? { ...diff, rows } : undefined), [diff, rows]);
  const nameOf = (side: SideState) => (side.choice === 'file' ? (side.file?.names[0] ?? 'file') : (tenantDomain(side.choice) ?? domain));
  const title = `${nameOf(source)} → ${nameOf(target)}`;
  const chosen = useMemo(() => diff?.rows.filter((row) => row.kind !== 'unchanged' && selected.has(row.key)) ?? [], [diff, selected]);
  const applyTo = target.choice !== 'file' ? targetTenant : undefined;
  return (
    <Stack spacing={2}>
      <ConnectAnotherTenant />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {[source, target].map((side, i) => (
          <CompareSide
            key={i === 0 ? 'Source' : 'Target'}
            label={i === 0 ? 'Source' : 'Target'}
            domain={domain}
            others={others.map((other) => other.domain)}
            choice={side.choice}
            onChoice={side.setChoice}
            onFiles={side.read}
            status={sideStatus(side, i === 0 ? sourceTenant : targetTenant)}
          />
        ))}
      </Stack>
      <CompareSettingsPanel settings={pairSettings} mappingsError={mappings.error} keywordsError={keywords.error} />
      {diff && (
        <Paper variant="outlined" component="section" aria-label="Comparison" sx={{ p: 2 }}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
            <Typography role="status">
              {`${diff.counts['only-source']} only in source, ${diff.counts['only-target']} only in target, ${diff.counts.changed} changed, ${diff.counts.unchanged} unchanged`}
            </Typography>
            <Button aria-describedby="compare-export-help" onClick={() => shownDiff && downloadText(diffToCsv(shownDiff, true), 'grant-differences.csv', 'text/csv')}>
              Download CSV
            </Button>
            <Button
              aria-describedby="compare-export-help"
              onClick={() =>
                shownDiff &&
                downloadText(diffToMarkdown(shownDiff, title, { includeUnchanged: true, note: markdownFilterNote(filters, rows.length) }), 'grant-differences.md', 'text/markdown')
              }
            >
              Download Markdown
            </Button>
            <Typography id="compare-export-help" variant="caption" color="text.secondary">
              {`Downloads hold the ${rows.length.toLocaleString()} ${rows.length === 1 ? 'row' : 'rows'} shown: the filters apply.`}
            </Typography>
          </Stack>
          {counts && <DifferenceFiltersBar filters={filters} counts={counts} onChange={setFilters} />}
          {applyTo?.connection && applyTo.tenant && (
            <ApplyToTarget
              key={applyTo.connection.domain}
              rows={chosen}
              target={applyTo.connection}
              targetTenant={applyTo.tenant}
              notYet={sourceTenant.partial || targetTenant.partial ? 'Wait until both tenants are read.' : undefined}
            />
          )}
          <DifferencesTable rows={rows} selection={applyTo?.connection ? { selected, onSelect } : undefined} grantIdOf={grantIdOf} />
          <CompareNotes diff={diff} sides={[source, target]} />
        </Paper>
      )}
    </Stack>
  );
}
