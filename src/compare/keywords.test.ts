import { describe, expect, it } from 'vitest';
import { keywordsIn, replaceKeywords } from './keywords';

describe('replaceKeywords (as the Deploy CLI does it)', () => {
  it('puts ##KEY## values in as text and @@KEY@@ values JSON-stringified, quotes around it or not', () => {
    const text = 'audience: https://##ENV##.example.com/\nscope: @@SCOPES@@\nother: "@@SCOPES@@"\nlast: \'@@SCOPES@@\'\n';
    expect(replaceKeywords(text, { ENV: 'api.staging', SCOPES: ['read:a', 'write:b'] })).toBe(
      'audience: https://api.staging.example.com/\nscope: ["read:a","write:b"]\nother: ["read:a","write:b"]\nlast: ["read:a","write:b"]\n',
    );
  });

  it('replaces @@KEY@@ before ##KEY##, so a value holding the other marker is not replaced again', () => {
    expect(replaceKeywords('@@A@@ ##A##', { A: '##A##' })).toBe('"##A##" ##A##');
  });

  it('keeps $& and $1 in a value as text and matches a key literally (no regular expression from it)', () => {
    expect(replaceKeywords('##K##', { K: "$& $1 $'" })).toBe("$& $1 $'");
    expect(replaceKeywords('##A.B## ##AXB##', { 'A.B': 'dot' })).toBe('dot ##AXB##');
  });

  it('leaves a keyword without a value as it is, and lists the keywords a file uses', () => {
    expect(replaceKeywords('##MISSING##', {})).toBe('##MISSING##');
    expect(keywordsIn('a: ##ENV##\nb: @@SCOPES@@\nc: ##ENV##')).toEqual(['ENV', 'SCOPES']);
  });
});
