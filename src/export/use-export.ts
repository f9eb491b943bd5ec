import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import type { ExportFormat } from './build-export';
import type { ExportProgress } from './collect-grants';
import type { ExportView } from './export-input';

export type ExportNames = { clients: ReadonlyMap<string, Client>; apis: ReadonlyMap<string, ResourceServer> };
export type CollectGrants = (signal: AbortSignal, onProgress: (progress: ExportProgress) => void) => Promise<ClientGrant[]>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat; progress: ExportProgress }
  | { phase: 'done'; format: ExportFormat; count: number; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; format: ExportFormat; error: unknown };

type Options = { domain: string; view: ExportView; names: ExportNames; collect: CollectGrants };

/** Collect, format (code and `yaml` loaded only now), download; cancellable at every step. */
export function useExport({ domain, view, names, collect }: Options) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'running', format, progress: { done: 0 } });
      try {
        const [grants, code] = await Promise.all([
          collect(abort.signal, (progress) => setState({ phase: 'running', format, progress })),
          import('./export-code'),
        ]);
        const input = { grants, clients: names.clients, apis: names.apis, domain, view };
        const text = await code.buildExport(format, input, { signal: abort.signal });
        const formatter = code.formatters[format];
        const fileName = code.exportFileName(domain, view, formatter.extension, new Date());
        code.downloadText(text, fileName, formatter.mimeType);
        setState({ phase: 'done', format, count: grants.length, fileName });
      } catch (error) {
        if (abort.signal.aborted) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', format, error });
      }
    },
    [collect, names, domain, view],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, dismiss };
}
