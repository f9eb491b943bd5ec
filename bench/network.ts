import type { Page, Request } from '@playwright/test';

// Watches a page's requests: calls to the tenant (counted per action, duplicates found by method+URL)
// and the dashboard's own JS/CSS (bytes of body on the wire, i.e. gzip as the server sent it).

export type ApiCall = { method: string; url: string };
export type ActionRequests = { api: number; duplicates: number; calls: ApiCall[] };
type Transfer = { type: 'script' | 'stylesheet'; url: string; bytes: Promise<number> };

export class NetworkLog {
  private calls: ApiCall[] = [];
  private transfers: Transfer[] = [];
  private inflight = 0;
  private lastActivity = performance.now();
  private finished: string[] = [];

  constructor(page: Page, tenantUrl: string) {
    page.on('request', (request) => {
      if (!request.url().startsWith(tenantUrl)) return;
      this.inflight++;
      this.lastActivity = performance.now();
      this.calls.push({ method: request.method(), url: request.url() });
    });
    const done = (request: Request, ok: boolean) => {
      const type = request.resourceType();
      if (ok && (type === 'script' || type === 'stylesheet')) {
        const bytes = request.sizes().then((s) => s.responseBodySize, () => Number.NaN);
        this.transfers.push({ type, url: request.url(), bytes });
      }
      if (!request.url().startsWith(tenantUrl)) return;
      this.inflight--;
      this.lastActivity = performance.now();
      this.finished.push(`${request.method()} ${request.url()}`);
    };
    page.on('requestfinished', (request) => done(request, true));
    page.on('requestfailed', (request) => done(request, false));
  }

  mark(): { calls: number; transfers: number; finished: number } {
    return { calls: this.calls.length, transfers: this.transfers.length, finished: this.finished.length };
  }

  /** Tenant requests since a mark, and repeats of the same method+URL among them. */
  requestsSince(mark: { calls: number }): ActionRequests {
    const slice = this.calls.slice(mark.calls);
    const real = slice.filter((c) => c.method !== 'OPTIONS');
    const seen = new Set<string>();
    let duplicates = 0;
    for (const call of real) {
      const key = `${call.method} ${call.url}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
    }
    return { api: real.length, duplicates, calls: real };
  }

  /** Bytes of JS and CSS bodies received since a mark (0 for a response served from the cache). */
  async transferSince(mark: { transfers: number }): Promise<{ js: number; css: number; files: number }> {
    const slice = this.transfers.slice(mark.transfers);
    const sizes = await Promise.all(slice.map((t) => t.bytes));
    let js = 0;
    let css = 0;
    slice.forEach((t, i) => {
      if (t.type === 'script') js += sizes[i] ?? 0;
      else css += sizes[i] ?? 0;
    });
    return { js, css, files: slice.length };
  }

  /** Resolves once a finished tenant request since the mark matches. */
  async waitFinished(mark: { finished: number }, match: RegExp, timeout = 15_000): Promise<void> {
    const until = performance.now() + timeout;
    while (!this.finished.slice(mark.finished).some((f) => match.test(f))) {
      if (performance.now() > until) throw new Error(`no finished request matching ${match}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits until no tenant request is in flight and none started for `quietMs`. */
  async settle(quietMs = 300, timeout = 15_000): Promise<void> {
    const until = performance.now() + timeout;
    while (this.inflight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > until) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
