import { describe, expect, it, vi } from 'vitest';
import { DOMAIN, PAGE, TOKEN } from './api-test-setup';
import { jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';
import { createPacer } from './pacer';

/** A fetch that records calls and answers only when the test says so, honouring the request's signal. */
function heldFetch() {
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  const answers: Array<() => void> = [];
  const fetch = vi.fn<typeof globalThis.fetch>(
    (input, init) =>
      new Promise<Response>((resolve, reject) => {
        calls.push({ url: String(input), signal: init?.signal });
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
        answers.push(() => resolve(jsonResponse(PAGE)));
      }),
  );
  return { fetch, calls, answer: () => answers.shift()?.() };
}

describe('the connection lifetime (Disconnect)', () => {
  it('abandons the request in flight, every request waiting for the pacer, and sends nothing asked for later', async () => {
    const lifetime = new AbortController();
    const held = heldFetch();
    // A bucket of one: the second request waits in the pacer while the first is in flight.
    const pacer = createPacer({ initial: { capacity: 1, perSecond: 0.1 } });
    const api = createManagementApi({
      domain: DOMAIN,
      token: TOKEN,
      fetch: held.fetch,
      pacer,
      lifetime: lifetime.signal,
    });
    const inFlight = api.clientGrants.list({ page: 0, per_page: 1 });
    const queued = api.clientGrants.list({ page: 1, per_page: 1 }, { priority: 'background' });
    await vi.waitFor(() => expect(held.calls).toHaveLength(1));
    lifetime.abort();
    await expect(inFlight).rejects.toMatchObject({ name: 'AbortError' });
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    await expect(api.clientGrants.get('cgr_1')).rejects.toMatchObject({ name: 'AbortError' });
    expect(held.calls).toHaveLength(1);
    expect(pacer.state().queued).toEqual({ interactive: 0, background: 0 });
  });

  it("a request's own signal still works alone, and its listeners leave the lifetime once it settles", async () => {
    const lifetime = new AbortController();
    const listeners = { added: 0, removed: 0 };
    const add = lifetime.signal.addEventListener.bind(lifetime.signal);
    const remove = lifetime.signal.removeEventListener.bind(lifetime.signal);
    vi.spyOn(lifetime.signal, 'addEventListener').mockImplementation((...args: Parameters<typeof add>) => {
      listeners.added++;
      add(...args);
    });
    vi.spyOn(lifetime.signal, 'removeEventListener').mockImplementation(
      (...args: Parameters<typeof remove>) => {
        listeners.removed++;
        remove(...args);
      },
    );
    const held = heldFetch();
    const api = createManagementApi({
      domain: DOMAIN,
      token: TOKEN,
      fetch: held.fetch,
      lifetime: lifetime.signal,
    });
    const own = new AbortController();
    const cancelled = api.clientGrants.list({ page: 0, per_page: 1 }, { signal: own.signal });
    const answered = api.clientGrants.list(
      { page: 0, per_page: 1 },
      { signal: new AbortController().signal },
    );
    await vi.waitFor(() => expect(held.calls).toHaveLength(2));
    own.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    held.answer();
    held.answer();
    await expect(answered).resolves.toMatchObject({ total: 1 });
    expect(lifetime.signal.aborted).toBe(false);
    expect(listeners.removed).toBe(listeners.added);
  });
});
