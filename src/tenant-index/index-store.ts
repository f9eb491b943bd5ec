import type { QueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ResourceServer } from '../api/resource-servers';
import type { ManagementApi } from '../api/management-api';
import { ApiError } from '../api/errors';
import { ReadControl } from './read-control';
import {
  isOrganizationPhase,
  readTenant,
  type NameSources,
  type ReadEnd,
  type ReadProgress,
  type ResumePoint,
} from './read-tenant';
import { noJournal, type ReadJournal } from './read-journal';
import { tenantIndexKey } from './tenant-index-key';
import type { IndexWrite } from './index-writes';
import { OrganizationPhase, type OrganizationPhaseOutcome } from './organization-phase';
import {
  clearTenantIndex,
  createTenantIndex,
  putApis,
  putClients,
  putGrants,
  removeGrant,
  setAssociation,
  setOrganizationsCoverage,
} from './tenant-index';

export { tenantIndexKey };

import type { IndexSnapshot } from './index-snapshot';
export { grantsComplete, type IndexSnapshot, type IndexStatus } from './index-snapshot';

/**
 * Views re-render at most this often while pages arrive (a 100,000-grant read is 1,000 pages): each
 * render recomputes their answers, work that would otherwise slow the read it is showing.
 */
const PUBLISH_INTERVAL_MS = 1000;

/**
 * Runs one tenant read at a time for one connection and publishes its progress to the query cache.
 * Plain TypeScript: React reads the snapshot with useQuery; writes elsewhere in the dashboard call
 * `applyWrite` so the index follows them without a re-read.
 */
export class TenantIndexStore {
  private readonly index = createTenantIndex();
  private readonly control = new ReadControl();
  private lastPublish = 0;
  private trailing?: ReturnType<typeof setTimeout>;
  private snapshot: IndexSnapshot;
  private readonly api: ManagementApi;
  private readonly queryClient: QueryClient;
  private readonly names: NameSources;
  private readonly now: () => number;
  private readonly journal: ReadJournal;
  private readonly organizations: OrganizationPhase;
  // Journal writes run one after another: a page, its checkpoint and a replayed write never interleave.
  private journalQueue: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    api: ManagementApi,
    queryClient: QueryClient,
    names: NameSources,
    options: { now?: () => number; journal?: ReadJournal; scopes?: readonly string[] } = {},
  ) {
    this.api = api;
    this.queryClient = queryClient;
    this.names = names;
    this.now = options.now ?? Date.now;
    this.journal = options.journal ?? noJournal;
    this.organizations = new OrganizationPhase(this.index, api, options.scopes);
    this.snapshot = { index: this.index, version: 0, status: 'idle', progress: { phase: 'apis', loaded: 0 } };
    // Disconnect: the read stops, and nothing more is published into a cache the next session will use.
    api.lifetime?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  get key() {
    return tenantIndexKey(this.api.domain);
  }

  /**
   * Starts the read unless one is running or has finished (once per connection; Refresh reads again). A read
   * the guard stopped is not restarted by a view opening: it would loop again; **Read again** does.
   */
  ensureRead(): void {
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
    clearTenantIndex(this.index);
    void this.read(true);
  }

  /**
   * Stops after the request in flight; what has arrived stays usable, marked partial. During the organizations
   * phase every grant is read already: the read counts as done (ready) with organizations `partial`.
   */
  cancel(): void {
    const organizationPhase = isOrganizationPhase(this.snapshot.progress.phase);
    if (!this.control.stop()) return;
    if (!organizationPhase) return this.publish({ status: 'cancelled' }, true);
    // Every grant is read: the read is done, and nothing is left to resume.
    this.enqueue(() => this.journal.clear());
    setOrganizationsCoverage(this.index, { status: 'partial' });
    this.publish({ status: 'ready', readAt: this.now() }, true);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.trailing);
    this.control.stop();
  }

  /** A grant this dashboard created, changed (`grant`) or deleted (`removedId`); an association made or removed. */
  applyWrite(write: IndexWrite): void {
    this.put(write);
    if ('associated' in write || 'dissociated' in write) {
      // Not journaled: organizations are never saved, and a resumed read reads them all again after the grants,
      // so the tenant's answer already holds this write. A read under way replays it over that org's answer.
      this.organizations.noteWrite(write);
    } else if (this.snapshot.readAt === undefined) {
      // Kept with an unfinished read, so a reload that resumes it does not bring back what was deleted.
      this.enqueue(() => this.journal.saveWrite(write));
    }
    this.publish({}, true);
  }

  private put(write: IndexWrite): void {
    if ('grant' in write) putGrants(this.index, [write.grant]);
    else if ('removedId' in write) removeGrant(this.index, write.removedId);
    else if ('associated' in write)
      setAssociation(this.index, write.associated.orgId, write.associated.grantId, true);
    else setAssociation(this.index, write.dissociated.orgId, write.dissociated.grantId, false);
  }

  private enqueue(work: () => Promise<void>): void {
    this.journalQueue = this.journalQueue.then(work, work);
  }

  /** Puts an unfinished read saved before a reload back into the index; where to go on from. */
  private async resume(fresh: boolean): Promise<ResumePoint | undefined> {
    if (fresh) this.enqueue(() => this.journal.clear());
    await this.journalQueue;
    const saved = fresh ? undefined : await this.journal.load();
    this.snapshot = { ...this.snapshot, resumedFrom: saved?.startedAt };
    if (!saved) return undefined;
    putGrants(this.index, saved.grants);
    saved.writes.forEach((write) => this.put(write));
    return { next: saved.next, loaded: saved.grants.length, total: saved.total, pages: saved.pages };
  }

  private read(fresh = false): Promise<void> {
    let end: ReadEnd = {};
    let organizations: OrganizationPhaseOutcome = {};
    return this.control.run(
      async (signal) => {
        this.publish(
          {
            status: 'reading',
            error: undefined,
            stop: undefined,
            organizationsStop: undefined,
            organizationsError: undefined,
            progress: { phase: 'apis', loaded: 0 },
          },
          true,
        );
        this.organizations.begin();
        end = await this.readFrom(signal, await this.resume(fresh));
        // Only after every grant: a partial grant read leaves organizations unread (Read again reads both).
        if (!end.stop) organizations = await this.organizations.read(signal, this.progressSink(signal));
      },
      (outcome) => {
        // A finished or stopped read is not resumed; a failed one is (its pages are kept for the reload).
        if (outcome.ok) this.enqueue(() => this.journal.clear());
        this.publish(this.settled(outcome.ok ? { ...end, organizations } : { error: outcome.error }), true);
      },
    );
  }

  private settled(
    end: (ReadEnd & { organizations: OrganizationPhaseOutcome }) | { error: unknown },
  ): Partial<IndexSnapshot> {
    if ('error' in end) return { status: 'error', error: end.error };
    if (end.stop) return { status: 'stopped', stop: end.stop };
    return { status: 'ready', readAt: this.now(), ...end.organizations };
  }

  private async readFrom(signal: AbortSignal, resume: ResumePoint | undefined): Promise<ReadEnd> {
    try {
      return await readTenant(this.api, this.names, this.sinks(signal), signal, resume);
    } catch (error) {
      // A saved checkpoint the tenant no longer accepts: start over rather than fail.
      if (!resume || !(error instanceof ApiError) || error.status !== 400 || signal.aborted) throw error;
      clearTenantIndex(this.index);
      this.enqueue(() => this.journal.clear());
      this.snapshot = { ...this.snapshot, resumedFrom: undefined };
      return await readTenant(this.api, this.names, this.sinks(signal), signal);
    }
  }

  private sinks(signal: AbortSignal) {
    // A read that was cancelled or replaced must not write into the index any more.
    const live =
      <T>(apply: (value: T) => void) =>
      (value: T) => {
        if (!signal.aborted) apply(value);
      };
    return {
      onApis: live((apis: ResourceServer[]) => putApis(this.index, apis)),
      onClients: live((clients: Client[]) => putClients(this.index, clients)),
      onGrants: live((grants: ClientGrant[]) => putGrants(this.index, grants)),
      onProgress: this.progressSink(signal),
      onGrantsPage: (seq: number, grants: ClientGrant[], next: string | undefined, total: number) => {
        if (!signal.aborted) this.enqueue(() => this.journal.savePage(seq, grants, next, total));
      },
    };
  }

  private progressSink(signal: AbortSignal) {
    return (progress: ReadProgress) => {
      if (signal.aborted) return;
      // A new phase shows at once, except the organizations': each publish re-renders every view over the whole
      // index, and on a tenant with few organizations those renders (not the two requests) made the read's end
      // measurably later. Throttled, they show within a second; the read's end is published at once anyway.
      const newPhase = progress.phase !== this.snapshot.progress.phase;
      this.publish({ progress }, newPhase && !isOrganizationPhase(progress.phase));
    };
  }

  private publish(change: Partial<IndexSnapshot>, force: boolean): void {
    this.snapshot = { ...this.snapshot, ...change, version: this.index.version };
    const wait = this.lastPublish + PUBLISH_INTERVAL_MS - this.now();
    if (force || wait <= 0) return this.flush();
    // Throttled, not dropped: a read that then waits on the rate limit still shows its last page.
    this.trailing ??= setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.disposed) return;
    clearTimeout(this.trailing);
    this.trailing = undefined;
    this.lastPublish = this.now();
    this.queryClient.setQueryData(this.key, this.snapshot);
  }

  current(): IndexSnapshot {
    return this.snapshot;
  }
}
