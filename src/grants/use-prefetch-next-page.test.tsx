import { render, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrantPage } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { PacingState } from '../api/pacer';
import type { GrantListParams } from './grant-queries';
import { usePrefetchNextPage } from './use-prefetch-next-page';

const params: GrantListParams = { page: 0, per_page: 25 };
const shown: ClientGrantPage = { total: 60, start: 0, limit: 25, client_grants: [] };
const headroom: PacingState = {
  estimatedPerSecond: 16,
  capacity: 50,
  available: 50,
  queued: { interactive: 0, background: 0 },
  headersVisible: false,
};

function Probe({ api }: { api: ManagementApi }) {
  usePrefetchNextPage(api, params, shown, false);
  return null;
}

afterEach(() => vi.restoreAllMocks());

describe('usePrefetchNextPage', () => {
  it('asks for the next page only once the page shown has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const list = vi.fn(async () => ({ ...shown, start: 25 }));
    const api = { domain: 'tenant.example.com', pacing: () => headroom, clientGrants: { list } } as unknown as ManagementApi;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe api={api} />
      </QueryClientProvider>,
    );
    // The effect has run (render commits synchronously here), but no frame has been painted yet.
    expect(frames).toHaveLength(1);
    expect(list).not.toHaveBeenCalled();
    // The frame callback runs before that frame's paint: the request waits for a task after it.
    frames[0]!(performance.now());
    expect(list).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(list).toHaveBeenCalledWith({ page: 1, per_page: 25 }, expect.objectContaining({ priority: 'background' })),
    );
  });

  it('without headroom in the rate limit, asks for nothing', async () => {
    const list = vi.fn();
    const api = { domain: 'tenant.example.com', pacing: () => ({ ...headroom, available: 2 }), clientGrants: { list } } as unknown as ManagementApi;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe api={api} />
      </QueryClientProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list).not.toHaveBeenCalled();
  });
});
