import { describe, expect, it } from 'vitest';
import { grant } from './compare-fixture';
import { compareGrants } from './diff';
import { diffToCsv, diffToMarkdown, markdownCode } from './diff-export';

const hostile = '=cmd|\' /C calc\'!A0';

describe('diffToCsv', () => {
  it('writes one line per difference, unchanged only when asked', () => {
    const diff = compareGrants(
      [grant({ appName: 'A', scopes: ['read', 'write'] }), grant({ appName: 'B' }), grant({ appName: 'C' })],
      [grant({ appName: 'A', scopes: ['read', 'delete'], organizationUsage: 'allow' }), grant({ appName: 'B' }), grant({ appName: 'D', allowAllScopes: true })],
    );
    expect(diffToCsv(diff).split('\r\n')).toEqual([
      'difference,application,audience,subject_type,scopes,scopes_added,scopes_removed,all_scopes,organization_usage,any_organization,organizations_added,organizations_removed',
      'Changed,A,https://orders.example.com,client,,write,delete,,organization usage: allow → deny,,,',
      'Only in source,C,https://orders.example.com,client,read:orders,,,,,,,',
      'Only in target,D,https://orders.example.com,client,,,,yes,,,,',
      '',
    ]);
    expect(diffToCsv(diff, true)).toContain('Unchanged,B,');
  });

  it('keeps formula text from running in a spreadsheet and quotes commas, quotes and line breaks', () => {
    const diff = compareGrants([grant({ appName: hostile, audience: '@SUM(1)', scopes: ['-2+3'] }), grant({ appName: 'a,"b"\nc' })], []);
    const lines = diffToCsv(diff);
    expect(lines).toContain(`Only in source,'${hostile},'@SUM(1),client,'-2+3,`);
    expect(lines).toContain('Only in source,"a,""b""\nc",');
  });
});

describe('diffToMarkdown', () => {
  it('counts and lists the differences for a pull request', () => {
    const diff = compareGrants([grant({ appName: 'A', scopes: ['read', 'write'] })], [grant({ appName: 'A', scopes: ['read'] }), grant({ appName: 'B' })]);
    expect(diffToMarkdown(diff, 'staging → production')).toBe(
      [
        '### staging → production',
        '',
        '0 only in source, 1 only in target, 1 changed, 0 unchanged.',
        '',
        '| Difference | Application | API | Subject type | What differs |',
        '| --- | --- | --- | --- | --- |',
        '| Changed | `A` | `https://orders.example.com` | client | `+write` |',
        '| Only in target | `B` | `https://orders.example.com` | client |  |',
        '',
      ].join('\n'),
    );
  });

  it('keeps names from breaking the table or running as HTML or links', () => {
    expect(markdownCode('"]]; <script>alert(1)</script>')).toBe('`"]]; <script>alert(1)</script>`');
    expect(markdownCode('a | b')).toBe('`a \\| b`');
    expect(markdownCode('two\nlines')).toBe('`two lines`');
    expect(markdownCode('has `tick` and ``two``')).toBe('``` has `tick` and ``two`` ```');
    const diff = compareGrants([grant({ appName: '[x](javascript:alert(1)) | <img src=x>' })], []);
    const row = diffToMarkdown(diff, 'x').split('\n').find((line) => line.startsWith('| Only'));
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(row).toContain('`[x](javascript:alert(1)) \\| <img src=x>`');
  });

  it('says which grants were not compared because they are ambiguous', () => {
    const diff = compareGrants([grant({ clientId: '1' }), grant({ clientId: '2', audience: 'y' })], []);
    expect(diffToMarkdown(diff, 'x')).toContain('Not compared (ambiguous): `Billing` on the source (2 applications are named "Billing").');
  });
});
