import { describe, expect, it } from 'vitest';
import { parseKeywordValues, parseMappings } from './compare-settings';

describe('parseMappings', () => {
  it('reads app and api rows, skipping blank lines', () => {
    expect(parseMappings('app: Billing (staging) => Billing\n\napi: https://api.staging.example.com/ => https://api.example.com/\n')).toEqual({
      value: [
        { kind: 'application', source: 'Billing (staging)', target: 'Billing' },
        { kind: 'api', source: 'https://api.staging.example.com/', target: 'https://api.example.com/' },
      ],
    });
  });

  it('names a line it cannot read', () => {
    expect(parseMappings('app: a => b\nclient: x => y')).toEqual({ error: 'Line 2: write "app: source name => target name" or "api: source => target".' });
    expect(parseMappings('app: => b').error).toMatch(/^Line 1/);
  });
});

describe('parseKeywordValues', () => {
  it('reads a JSON object, and says what is wrong otherwise', () => {
    expect(parseKeywordValues('{"ENV": "prod", "SCOPES": ["a"]}')).toEqual({ value: { ENV: 'prod', SCOPES: ['a'] } });
    expect(parseKeywordValues('  ')).toEqual({ value: {} });
    expect(parseKeywordValues('["a"]').error).toMatch(/JSON object/);
    expect(parseKeywordValues('{ENV: 1}').error).toMatch(/^Keyword values are not valid JSON/);
  });
});
