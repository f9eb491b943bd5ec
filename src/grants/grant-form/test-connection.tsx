import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import type { Client } from '../../api/clients';
import type { ResourceServer } from '../../api/resource-servers';
import { renderConnected } from '../../connection/render-connected';

export const ADMIN_SCOPES = [
  'read:client_grants',
  'create:client_grants',
  'update:client_grants',
  'read:clients',
  'read:resource_servers',
];

export const testClients: Client[] = [
  { client_id: 'spa0000000000000000000000000001', name: 'Storefront', app_type: 'spa' },
  { client_id: 'm2m0000000000000000000000000001', name: 'Billing Service', app_type: 'non_interactive' },
];

export const testServers: ResourceServer[] = [
  {
    id: 'rs1',
    name: 'Orders API',
    identifier: 'https://orders.example.com/',
    token_lifetime: 7_200,
    scopes: [
      { value: 'read:orders', description: 'Read orders' },
      { value: 'write:orders', description: 'Create and change orders' },
      { value: 'read:invoices', description: 'Read invoices' },
    ],
  },
  {
    id: 'rs2',
    name: 'Auth0 Management API',
    identifier: 'https://tenant.example.com/api/v2/',
    is_system: true,
    scopes: [{ value: 'read:users' }],
  },
];

/** A fake Management API: just the calls the dialogs make, as spies the tests can steer. */
export function createFakeApi() {
  return {
    domain: 'tenant.example.com',
    clients: { listAll: vi.fn(async () => testClients) },
    resourceServers: { listAll: vi.fn(async () => testServers) },
    clientGrants: {
      list: vi.fn(
        async (): Promise<{ total: number; start: number; limit: number; client_grants: ClientGrant[] }> => ({
          total: 0,
          start: 0,
          limit: 1,
          client_grants: [],
        }),
      ),
      get: vi.fn(),
      create: vi.fn(),
      update: vi.fn(),
      remove: vi.fn(),
    },
  };
}
export type FakeApi = ReturnType<typeof createFakeApi>;

export function renderWithConnection(ui: ReactElement, api: FakeApi, scopes: string[] = ADMIN_SCOPES) {
  return renderConnected(ui, api, scopes);
}
