import type { ManagementApi } from '../api/management-api';
import type { Connection, ConnectInput } from './connection-context';
import { parseDomain } from './domain';
import { otherTenantsKey } from './stored-session';
import { assessToken, decodeToken } from './token';

/**
 * A tenant connected beside the main one (Compare's second side). Held like the first: the token in memory,
 * in this tab's sessionStorage only when "Stay connected in this tab" was ticked; its own api, so its own pacer
 * and rate-limit estimate; its own lifetime, aborted by its Disconnect and by the main connection's end.
 */
export type OtherTenant = Connection & { stayConnected: boolean };

type Stored = { domain: string; token: string };

function loadStored(storage: Storage): Stored[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(otherTenantsKey) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is Stored =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as Stored).domain === 'string' &&
        typeof (item as Stored).token === 'string',
    );
  } catch {
    return [];
  }
}

type Held = { tenant: OtherTenant; token: string; lifetime: AbortController };

/** The tenants connected beside one main connection. Plain TypeScript; React reads it with useSyncExternalStore. */
export class OtherTenantsStore {
  private held: Held[] = [];
  private snapshot: readonly OtherTenant[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage;
  private readonly mainDomain: string;
  private readonly forTenant: ManagementApi['forTenant'];
  private readonly now: () => number;

  constructor(
    main: { domain: string; lifetime?: AbortSignal; forTenant: ManagementApi['forTenant'] },
    options: { storage?: Storage; now?: () => number } = {},
  ) {
    this.storage = options.storage ?? sessionStorage;
    this.mainDomain = main.domain;
    this.forTenant = main.forTenant;
    this.now = options.now ?? Date.now;
    for (const stored of loadStored(this.storage)) {
      // Storage is outside our control: anything that does not check out is dropped, as for the main session.
      const problem = this.problemWith(stored.domain, stored.token);
      if (problem === undefined) this.add(stored.domain, stored.token, true);
    }
    this.save();
    // The main Disconnect (or a colleague's token replacing the main one) ends every second connection too.
    main.lifetime?.addEventListener('abort', () => this.disconnectAll(), { once: true });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  tenants = (): readonly OtherTenant[] => this.snapshot;

  /** Why this domain and token cannot be connected, in words for the form; undefined when they can. */
  problemWith(domainInput: string, token: string): string | undefined {
    const domain = parseDomain(domainInput);
    if (!domain.ok) return domain.error;
    if (domain.domain === this.mainDomain)
      return `${domain.domain} is the tenant this tab is connected to already.`;
    if (this.held.some((held) => held.tenant.domain === domain.domain))
      return `${domain.domain} is connected already.`;
    const decoded = decodeToken(token);
    if (!decoded.ok) return decoded.error;
    return assessToken(decoded.token, domain.domain, this.now()).errors[0];
  }

  /**
   * Connects after one small read (the first grant), so a wrong token or domain is reported on the form
   * (401, 403, network) instead of later in Compare. Throws what the read threw; nothing is kept then.
   */
  async connect({ domain, token, stayConnected }: ConnectInput): Promise<OtherTenant> {
    const problem = this.problemWith(domain, token);
    if (problem !== undefined) throw new Error(problem);
    const held = this.create(domain, token, stayConnected);
    try {
      await held.tenant.api.clientGrants.listCheckpoint({ take: 1 }, { signal: held.lifetime.signal });
    } catch (error) {
      held.lifetime.abort();
      throw error;
    }
    this.held = [...this.held, held];
    this.changed();
    return held.tenant;
  }

  disconnect(domain: string): void {
    const held = this.held.find((item) => item.tenant.domain === domain);
    if (!held) return;
    held.lifetime.abort();
    this.held = this.held.filter((item) => item !== held);
    this.changed();
  }

  disconnectAll(): void {
    for (const held of this.held) held.lifetime.abort();
    this.held = [];
    this.storage.removeItem(otherTenantsKey);
    this.changed();
  }

  private add(domain: string, token: string, stayConnected: boolean): void {
    this.held = [...this.held, this.create(domain, token, stayConnected)];
    this.snapshot = this.held.map((held) => held.tenant);
  }

  private create(domainInput: string, token: string, stayConnected: boolean): Held {
    const parsed = parseDomain(domainInput);
    const decoded = decodeToken(token);
    if (!parsed.ok || !decoded.ok) throw new Error('checked by problemWith');
    const lifetime = new AbortController();
    const api = this.forTenant({ domain: parsed.domain, token, lifetime: lifetime.signal });
    const tenant: OtherTenant = {
      domain: parsed.domain,
      api,
      scopes: decoded.token.scopes,
      expiresAt: decoded.token.expiresAt,
      subject: decoded.token.sub,
      stayConnected,
    };
    return { tenant, token, lifetime };
  }

  private changed(): void {
    this.snapshot = this.held.map((held) => held.tenant);
    this.save();
    for (const listener of this.listeners) listener();
  }

  private save(): void {
    const kept = this.held
      .filter((held) => held.tenant.stayConnected)
      .map((held) => ({ domain: held.tenant.domain, token: held.token }));
    if (kept.length > 0) this.storage.setItem(otherTenantsKey, JSON.stringify(kept));
    else this.storage.removeItem(otherTenantsKey);
  }
}

// One store per main connection's lifetime: a new main connection starts with none (or those kept in this tab).
const stores = new WeakMap<AbortSignal, OtherTenantsStore>();

export function otherTenantsFor(main: Connection): OtherTenantsStore {
  const key = main.api.lifetime;
  if (!key) return new OtherTenantsStore(main.api);
  let store = stores.get(key);
  if (!store) {
    store = new OtherTenantsStore({ domain: main.domain, lifetime: key, forTenant: main.api.forTenant });
    stores.set(key, store);
  }
  return store;
}
