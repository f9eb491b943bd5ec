import type { QueryClient } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import type { LogEvent, UndatedLogEvent } from '../api/logs';
import type { PagingStop } from '../api/paging-guard';
import { ReadControl, type IndexStatus } from '../tenant-index';
import { onGrantCreated } from '../tenant-index/index-writes';
import { logKeys } from './log-queries';
import { readUsage, type UsageProgress, type UsageReadEnd } from './read-usage';
import { addEvents, createUsageIndex, type UsageIndex } from './usage-index';

/** The same lifecycle as the tenant index's read. */
export type UsageStatus = IndexStatus;

export type UsageSnapshot = {
  usage: UsageIndex;
  version: number;
  status: UsageStatus;
  progress: UsageProgress;
  /** When the last complete read finished (epoch ms): the "now" its window is measured from. */
  readAt?: number;
  error?: unknown;
  /** Why a `stopped` read ended early (the loop guard): no grant is called unused from it. */
  stop?: PagingStop;
};

/**
 * Reads the tenant's logs once per connection into a usage index and publishes progress to the query
 * cache under the tenant's key (Disconnect clears it). Plain TypeScript, like the tenant index's store.
 */
export class UsageStore {
  private usage = createUsageIndex();
  private readonly control = new ReadControl();
  private snapshot: UsageSnapshot;
  private readonly api: ManagementApi;
  private readonly queryClient: QueryClient;
  private readonly now: () => number;
  private disposed = false;
  /** Grants this dashboard created during the connection: kept across "Read the logs again" (logs lag). */
  private readonly createdHere = new Map<string, number>();

  constructor(api: ManagementApi, queryClient: QueryClient, now: () => number = Date.now) {
    this.api = api;
    this.queryClient = queryClient;
    this.now = now;
    this.snapshot = { usage: this.usage, version: 0, status: 'idle', progress: { events: 0 } };
    // Disconnect: the logs read stops, and nothing more is published into a cache the next session will use.
    api.lifetime?.addEventListener('abort', () => this.dispose(), { once: true });
    onGrantCreated(api, (grantId) => this.noteCreated(grantId));
  }

  /**
   * A grant created here after (or while) the logs were read: it did not exist for the whole window, so it
   * is not "unused" (#29 item 2), though no `sapi` event read names its creation.
   */
  noteCreated(grantId: string): void {
    const at = this.now();
    this.createdHere.set(grantId, at);
    this.usage.createdInWindow.add(grantId);
    this.usage.createdAt.set(grantId, at);
    this.usage.version++;
    this.publish({});
  }

  get key() {
    return logKeys.usageIndex(this.api.domain);
  }

  ensureRead(): void {
    // A read the loop guard stopped would loop again: only "Read the logs again" restarts it.
    if (
      this.disposed ||
      this.control.running ||
      this.snapshot.readAt !== undefined ||
      this.snapshot.status === 'stopped'
    )
      return;
    void this.read();
  }

  refresh(): void {
    if (this.disposed) return;
    this.control.stop();
    this.usage = createUsageIndex();
    this.createdHere.forEach((at, grantId) => {
      this.usage.createdInWindow.add(grantId);
      this.usage.createdAt.set(grantId, at);
    });
    void this.read();
  }

  /** Stops after the request in flight; the index stays partial, so no finding is drawn from it. */
  cancel(): void {
    if (this.control.stop()) this.publish({ status: 'cancelled' });
  }

  dispose(): void {
    this.disposed = true;
    this.control.stop();
  }

  current(): UsageSnapshot {
    return this.snapshot;
  }

  private read(): Promise<void> {
    const usage = this.usage;
    let end: UsageReadEnd = {};
    return this.control.run(
      async (signal) => {
        this.publish({
          usage,
          status: 'reading',
          error: undefined,
          stop: undefined,
          progress: { events: 0 },
        });
        // A read that was stopped or replaced must not write into the index any more.
        const sinks = {
          onEvents: (events: LogEvent[], undated?: UndatedLogEvent[]) =>
            !signal.aborted && addEvents(usage, events, undated),
          onProgress: (progress: UsageProgress) => !signal.aborted && this.publish({ progress }),
        };
        end = await readUsage(this.api, sinks, signal, this.now);
      },
      (outcome) => this.publish(this.settled(outcome.ok ? end : { error: outcome.error })),
    );
  }

  /** Only a read to an empty page is `ready` (complete): the one state "unused" findings are drawn from. */
  private settled(end: UsageReadEnd | { error: unknown }): Partial<UsageSnapshot> {
    if ('error' in end) return { status: 'error', error: end.error };
    return end.stop ? { status: 'stopped', stop: end.stop } : { status: 'ready', readAt: this.now() };
  }

  private publish(change: Partial<UsageSnapshot>): void {
    if (this.disposed) return;
    this.snapshot = { ...this.snapshot, ...change, version: this.usage.version };
    this.queryClient.setQueryData(this.key, this.snapshot);
  }
}
