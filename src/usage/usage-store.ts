import type { QueryClient } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import { logKeys } from './log-queries';
import { readUsage, type UsageProgress } from './read-usage';
import { addEvents, createUsageIndex, type UsageIndex } from './usage-index';

export type UsageStatus = 'idle' | 'reading' | 'ready' | 'cancelled' | 'error';

export type UsageSnapshot = {
  usage: UsageIndex;
  version: number;
  status: UsageStatus;
  progress: UsageProgress;
  /** When the last complete read finished (epoch ms): the "now" its window is measured from. */
  readAt?: number;
  error?: unknown;
};

/**
 * Reads the tenant's logs once per connection into a usage index and publishes progress to the query
 * cache under the tenant's key (Disconnect clears it). Plain TypeScript, like the tenant index's store.
 */
export class UsageStore {
  private usage = createUsageIndex();
  private controller?: AbortController;
  private snapshot: UsageSnapshot;
  private readonly api: ManagementApi;
  private readonly queryClient: QueryClient;
  private readonly now: () => number;

  constructor(api: ManagementApi, queryClient: QueryClient, now: () => number = Date.now) {
    this.api = api;
    this.queryClient = queryClient;
    this.now = now;
    this.snapshot = { usage: this.usage, version: 0, status: 'idle', progress: { events: 0 } };
  }

  get key() {
    return logKeys.usageIndex(this.api.domain);
  }

  ensureRead(): void {
    if (this.controller || this.snapshot.readAt !== undefined) return;
    void this.read();
  }

  refresh(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.usage = createUsageIndex();
    void this.read();
  }

  /** Stops after the request in flight; the index stays partial, so no finding is drawn from it. */
  cancel(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    this.publish({ status: 'cancelled' });
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  current(): UsageSnapshot {
    return this.snapshot;
  }

  private async read(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const usage = this.usage;
    this.publish({ usage, status: 'reading', error: undefined, progress: { events: 0 } });
    const live = <T>(apply: (value: T) => void) => (value: T) => {
      if (!controller.signal.aborted) apply(value);
    };
    try {
      const sinks = { onEvents: live((events: Parameters<typeof addEvents>[1]) => addEvents(usage, events)), onProgress: live((progress: UsageProgress) => this.publish({ progress })) };
      await readUsage(this.api, sinks, controller.signal, this.now);
      if (controller.signal.aborted) return;
      this.publish({ status: 'ready', readAt: this.now() });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.publish({ status: 'error', error });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  private publish(change: Partial<UsageSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change, version: this.usage.version };
    this.queryClient.setQueryData(this.key, this.snapshot);
  }
}
