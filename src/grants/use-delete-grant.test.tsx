import { waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError } from '../api/errors';
import { createFakeApi, renderWithConnection, type FakeApi } from './grant-form/test-connection';
import { deletedMessage, deleteErrorMessage, useDeleteGrant, type DeleteOutcome } from './use-delete-grant';

const grant: ClientGrant = { id: 'cgr_1', client_id: 'app', audience: 'https://orders.example.com/', scope: [], subject_type: 'client' };
const notFound = new ApiError({ status: 404, error: 'Not Found', message: 'The client grant does not exist.' });
const reset = new NetworkError({ origin: 'https://tenant.example.com', likelyCause: 'domain-or-cors' });

let api: FakeApi;
beforeEach(() => {
  api = createFakeApi();
});

/** Runs one delete through the hook and hands back what it settled on. */
async function runDelete(): Promise<{ outcome?: DeleteOutcome; error?: unknown }> {
  const result: { outcome?: DeleteOutcome; error?: unknown } = {};
  let settled = false;
  function Probe() {
    const remove = useDeleteGrant((error) => {
      result.error = error;
      settled = true;
    });
    const { mutate } = remove;
    useEffect(() => {
      mutate(grant, {
        onSuccess: (outcome) => {
          result.outcome = outcome;
          settled = true;
        },
      });
    }, [mutate]);
    return null;
  }
  renderWithConnection(<Probe />, api);
  await waitFor(() => expect(settled).toBe(true));
  return result;
}

describe('useDeleteGrant', () => {
  it('reads the grant first and deletes it', async () => {
    api.clientGrants.get.mockResolvedValue(grant);
    api.clientGrants.remove.mockResolvedValue(undefined);
    expect(await runDelete()).toEqual({ outcome: 'deleted' });
  });

  it('a grant already gone is "already deleted", and no DELETE is sent (Auth0 would answer 204 anyway)', async () => {
    api.clientGrants.get.mockRejectedValue(notFound);
    expect(await runDelete()).toEqual({ outcome: 'already' });
    expect(api.clientGrants.remove).not.toHaveBeenCalled();
    expect(deletedMessage('already', 'Billing → Orders')).toBe(
      'The grant for Billing → Orders was already deleted (someone else deleted it); nothing to do.',
    );
  });

  it('a lost answer, then a re-read that finds the grant gone: deleted, the response was lost', async () => {
    api.clientGrants.get.mockResolvedValueOnce(grant).mockRejectedValueOnce(notFound);
    api.clientGrants.remove.mockRejectedValue(reset);
    expect(await runDelete()).toEqual({ outcome: 'lost' });
    expect(deletedMessage('lost', 'X')).toMatch(/^Deleted the grant for X; the response was lost/);
  });

  it('a lost answer, then a re-read that finds the grant still there: not deleted', async () => {
    api.clientGrants.get.mockResolvedValue(grant);
    api.clientGrants.remove.mockRejectedValue(reset);
    const { error } = await runDelete();
    expect(deleteErrorMessage(error, 'X')).toBe(
      'The grant for X was not deleted: The connection failed before the tenant’s answer arrived. Re-reading the tenant shows the change was not applied.',
    );
  });

  it('a lost answer and a failed re-read: the outcome is unknown, and the message says so', async () => {
    api.clientGrants.get.mockResolvedValueOnce(grant).mockRejectedValueOnce(reset);
    api.clientGrants.remove.mockRejectedValue(reset);
    const { error } = await runDelete();
    expect(deleteErrorMessage(error, 'X')).toMatch(/^Could not find out whether the grant for X was deleted: .* Refresh the list/);
  });
});
