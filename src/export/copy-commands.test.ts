import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { auth0CliCommand, createBody, curlCommand, nodeSdkCall, shellQuote } from './copy-commands';

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'app_1',
  audience: "https://o'brien.example.com",
  scope: ['write:x', 'read:x'],
  subject_type: 'user',
  organization_usage: 'allow',
  allow_any_organization: false,
  is_system: false,
};

/** Reads one POSIX shell word made of '…' segments and \\-escaped characters, as sh would. */
function readShellWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === "'") {
      const end = word.indexOf("'", i + 1);
      expect(end).toBeGreaterThan(i);
      out += word.slice(i + 1, end);
      i = end;
    } else if (word[i] === '\\') {
      out += word[++i] ?? '';
    } else {
      throw new Error(`unquoted ${word[i]} in ${word}`);
    }
  }
  return out;
}

describe('copy as', () => {
  it('builds a create body without id or read-only fields, scopes sorted', () => {
    expect(createBody(grant)).toEqual({ client_id: 'app_1', audience: "https://o'brien.example.com", scope: ['read:x', 'write:x'], subject_type: 'user', organization_usage: 'allow', allow_any_organization: false });
    expect(createBody({ id: 'cgr_2', default_for: 'third_party_clients', audience: 'a', allow_all_scopes: true, subject_type: 'client' })).toEqual({ default_for: 'third_party_clients', audience: 'a', allow_all_scopes: true, subject_type: 'client' });
  });

  it('quotes for the shell so the text arrives unchanged', () => {
    const text = `it's "$HOME" \`x\` \\n`;
    expect(readShellWord(shellQuote(text))).toBe(text);
  });

  it('curl posts the body with a $TOKEN placeholder', () => {
    const command = curlCommand('https://acme.auth0.com', grant);
    expect(command).toContain(`curl --request POST 'https://acme.auth0.com/api/v2/client-grants'`);
    expect(command).toContain('"Authorization: Bearer $TOKEN"');
    expect(JSON.parse(readShellWord(command.slice(command.indexOf('--data ') + 7)))).toEqual(createBody(grant));
  });

  it('the Auth0 CLI and Node SDK forms carry the same body', () => {
    const cli = auth0CliCommand(grant);
    expect(cli.startsWith('auth0 api post client-grants --data ')).toBe(true);
    expect(JSON.parse(readShellWord(cli.slice('auth0 api post client-grants --data '.length)))).toEqual(createBody(grant));
    const sdk = nodeSdkCall('acme.auth0.com', grant);
    expect(sdk).toContain("new ManagementClient({ domain: \"acme.auth0.com\", token: process.env.AUTH0_TOKEN })");
    const call = sdk.slice(sdk.indexOf('create(') + 7, sdk.lastIndexOf(');'));
    expect(JSON.parse(call)).toEqual(createBody(grant));
  });
});
