import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { RequestContext } from '../api/request';
import type { ResourceServer } from '../api/resource-servers';
import type { ExportFormat } from './build-export';
import { PartialGrantsError, type ExportProgress } from './collect-grants';
import type { ExportOrganizations, ExportView } from './export-input';

export type ExportNames = {
  clients: ReadonlyMap<string, Client>;
  apis: ReadonlyMap<string, ResourceServer>;
  /** Whether every app and API was read (only then is a grant of a missing one left out as deleted). */
  complete?: { clients: boolean; apis: boolean };
};
export type CollectGrants = (
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
) => Promise<ClientGrant[]>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat; progress: ExportProgress }
  /** `organizationsMissing`: why the file holds no organizations (the token lacks their scopes, the read stopped). */
  | { phase: 'done'; format: ExportFormat; count: number; fileName: string; partial?: boolean; organizationsMissing?: string }
  | { phase: 'cancelled' }
  /** `partial`: the grants read before the cursor guard stopped the read, offered only on the admin's ask. */
  | { phase: 'failed'; format: ExportFormat; error: unknown; partial?: readonly ClientGrant[] };

// YAML and HCL both take `#` comments: the warning travels with the file, on its first line.
const partialWarning = (format: ExportFormat) =>
  format === 'deploy-cli' || format === 'terraform'
    ? '# PARTIAL EXPORT: the read stopped early, so grants are missing. Do not apply this file: the Deploy CLI deletes what a file leaves out.\n'
    : '';

/** Why the file holds no organizations; the Deploy CLI file also leaves them out when their connections are unread. */
function missingReason(format: ExportFormat, organizations: ExportOrganizations | undefined): string | undefined {
  if (organizations?.status === 'unavailable') return organizations.reason;
  if (format === 'deploy-cli' && organizations?.connections?.status === 'unavailable') return organizations.connections.reason;
  return undefined;
}

type Options = { domain: string; core: RequestContext; view: ExportView; names: ExportNames; collect: CollectGrants };

/**
 * Collect, read the organizations and their associations, format (code and `yaml` loaded only now), download;
 * cancellable at every step.
 */
export function useExport({ domain, core, view, names, collect }: Options) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  /** Formats and downloads `grants` (all of them, or the part read when `partial`). */
  const save = useCallback(
    async (format: ExportFormat, grants: readonly ClientGrant[], signal: AbortSignal, partial: boolean) => {
      const code = await import('./export-code');
      const organizations =
        grants.length > 0
          ? await code.readExportOrganizations(core, signal, ({ phase, loaded, total }) =>
              setState({ phase: 'running', format, progress: { phase, done: loaded, total } }),
              { connections: format === 'deploy-cli' },
            )
          : undefined;
      const { clients, apis, complete } = names;
      const input = { grants: [...grants], clients, apis, complete, organizations, domain, view };
      const text = await code.buildExport(format, input, { signal });
      const formatter = code.formatters[format];
      const fileName = code.exportFileName(domain, view, formatter.extension, new Date(), partial);
      code.downloadText(partial ? partialWarning(format) + text : text, fileName, formatter.mimeType);
      const organizationsMissing = missingReason(format, organizations);
      setState({ phase: 'done', format, count: grants.length, fileName, partial, organizationsMissing });
    },
    [names, domain, view, core],
  );

  const run = useCallback(async (format: ExportFormat, work: (signal: AbortSignal) => Promise<void>) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', format, progress: { done: 0 } });
    try {
      await work(abort.signal);
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'cancelled' });
      else
        setState({
          phase: 'failed',
          format,
          error,
          partial: error instanceof PartialGrantsError ? error.grants : undefined,
        });
    }
  }, []);

  const start = useCallback(
    (format: ExportFormat) =>
      run(format, async (signal) => {
        const grants = await collect(signal, (progress) => setState({ phase: 'running', format, progress }));
        await save(format, grants, signal, false);
      }),
    [run, collect, save],
  );
  /** After the cursor guard stopped the read: the grants read, in a file marked partial. */
  const downloadPartial = useCallback(() => {
    if (state.phase !== 'failed' || !state.partial) return;
    const { format, partial } = state;
    void run(format, (signal) => save(format, partial, signal, true));
  }, [state, run, save]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, dismiss, downloadPartial };
}
