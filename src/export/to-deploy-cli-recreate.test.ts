import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildExport } from './build-export';
import { exportInput, organizationConnections, organizationsInput } from './export-fixture';
import type { ExportInput } from './export-input';

const noYield = () => Promise.resolve();
type Entry = Record<string, unknown>;
type File = { clientGrants: Entry[]; organizations?: Entry[] };

async function file(input: ExportInput, sliceSize?: number): Promise<{ text: string; parsed: File; comments: string }> {
  const text = await buildExport('deploy-cli', input, { yieldNow: noYield, sliceSize });
  return { text, parsed: parse(text) as File, comments: text.slice(0, text.indexOf('clientGrants:')) };
}

describe('Deploy CLI export: only what the Deploy CLI can recreate', () => {
  it('leaves out grants of deleted apps and APIs, and scopes their API no longer defines, each named in the top comment', async () => {
    const { parsed, comments } = await file(organizationsInput());
    const audiences = parsed.clientGrants.map((e) => `${String(e.client_id)} ${String(e.audience)}`);
    expect(audiences).not.toContain('app_gone https://orders.example.com');
    expect(audiences).not.toContain('=HYPERLINK("http://evil") https://unknown.example.com');
    expect(parsed.clientGrants).toContainEqual({ client_id: '=HYPERLINK("http://evil")', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client' });
    expect(parsed.clientGrants).toHaveLength(5);
    expect(parsed.clientGrants).toContainEqual({ default_for: 'third_party_clients', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client' });
    expect(comments).toContain('#   grant "cgr_3" ("app_gone" -> "Orders API"): its application no longer exists');
    expect(comments).toContain('#   grant "cgr_5" ("=HYPERLINK(\\"http://evil\\")" -> "https://unknown.example.com"): its API no longer exists');
    expect(comments).toContain('#   scope(s) "legacy:x" of grant "cgr_7" ("=HYPERLINK(\\"http://evil\\")" -> "Orders API"): no longer defined by its API (grant kept without them)');
    expect(comments).not.toContain('cgr_4');
    expect(comments).toContain('# Left out 1 system grant(s)');
  });

  it('lists the organizations associated with written grants, their grants by app name once, as the Deploy CLI writes them', async () => {
    const { parsed, comments } = await file(organizationsInput());
    expect(parsed.organizations).toEqual([
      { name: 'acme', display_name: 'Acme, Inc.', connections: organizationConnections.get('org_acme'), client_grants: [{ client_id: 'Billing, "Core"\nService' }] },
      { name: 'beta ${x}', connections: [], client_grants: [{ client_id: 'Billing, "Core"\nService' }, { client_id: 'Reports ${var.x} %{ if }' }] },
    ]);
    expect(comments).toContain('# organizations: the 2 organization(s) associated with the grants below');
    expect(comments).toContain('connections are\n# written as read at export time');
  });

  it("leaves organizations out when their connections could not be read (the import would unlink them), saying why", async () => {
    const reason = 'the token lacks read:organization_connections to read the organizations\' connections.';
    const read = organizationsInput().organizations;
    if (read?.status !== 'read') throw new Error('fixture');
    const { parsed, comments } = await file(organizationsInput({ organizations: { ...read, connections: { status: 'unavailable', reason } } }));
    expect(parsed.organizations).toBeUndefined();
    expect(parsed.clientGrants).toHaveLength(5);
    expect(comments).toContain(`# Organizations are not in this file: ${reason}`);
    expect(comments).toContain("leaves every organization's grant associations and connections as they are");
  });

  it('leaves organizations out when their connections were not read at all', async () => {
    const read = organizationsInput().organizations;
    if (read?.status !== 'read') throw new Error('fixture');
    const { parsed } = await file(organizationsInput({ organizations: { status: 'read', byGrant: read.byGrant } }));
    expect(parsed.organizations).toBeUndefined();
  });

  it('lists no organization whose only associations are with grants left out', async () => {
    const only = organizationsInput().grants.filter((g) => g.id === 'cgr_3');
    const { parsed, comments } = await file(organizationsInput({ grants: only }));
    expect(parsed).toEqual({ clientGrants: [] });
    expect(comments).not.toContain('# organizations:');
  });

  it('says why organizations are missing when they could not be read', async () => {
    const input = organizationsInput({ organizations: { status: 'unavailable', reason: 'the token lacks read:organizations.' } });
    const { parsed, comments } = await file(input);
    expect(parsed.organizations).toBeUndefined();
    expect(comments).toContain('# Organizations are not in this file: the token lacks read:organizations.');
  });

  it('gives the same file in any slicing', async () => {
    expect((await file(organizationsInput(), 1)).text).toBe((await file(organizationsInput(), 1000)).text);
  });

  it('leaves nothing out as deleted when the names were not all read', async () => {
    const { parsed, comments } = await file(exportInput({ complete: { clients: false, apis: false } }));
    expect(parsed.clientGrants.map((e) => e.client_id)).toContain('app_gone');
    expect(comments).toContain('# Not every application or API name could be read');
  });
});
