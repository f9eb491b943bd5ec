import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../api/errors';
import { fakeTenant, grant } from './bulk-test-kit';
import { runDeletes, type DeleteEntry } from './run-deletes';

const pending = (...ids: string[]): DeleteEntry[] => ids.map((id) => ({ id, label: id, status: 'pending' }));

describe('runDeletes', () => {
  it('counts a delete whose answer was lost as deleted once a read finds the grant gone', async () => {
    const { api, held } = fakeTenant([grant('a', ['x'])]);
    vi.mocked(api.clientGrants.remove).mockImplementation(async (id: string) => {
      held.delete(id);
      throw new NetworkError({ origin: 'https://acme.auth0.com', likelyCause: 'offline' });
    });
    const done = await runDeletes(api, pending('a'), new AbortController().signal, vi.fn());
    expect(done).toEqual([{ id: 'a', label: 'a', status: 'deleted' }]);
  });

  it('reports a grant the tenant still holds after the delete as failed, and goes on with the next', async () => {
    const { api } = fakeTenant([grant('a', ['x']), grant('b', ['y'])]);
    vi.mocked(api.clientGrants.remove).mockImplementationOnce(async () => undefined);
    const done = await runDeletes(api, pending('a', 'b'), new AbortController().signal, vi.fn());
    expect(done.map((entry) => [entry.status, entry.reason])).toEqual([
      ['failed', 'The tenant still holds it'],
      ['deleted', undefined],
    ]);
  });

  it('stops at a 401 and leaves the rest pending', async () => {
    const { api } = fakeTenant([grant('a', ['x']), grant('b', ['y'])]);
    vi.mocked(api.clientGrants.get).mockRejectedValue(
      new ApiError({ status: 401, error: 'Unauthorized', message: 'Expired token' }),
    );
    const done = await runDeletes(api, pending('a', 'b'), new AbortController().signal, vi.fn());
    expect(done.map((entry) => entry.status)).toEqual(['pending', 'pending']);
  });
});
