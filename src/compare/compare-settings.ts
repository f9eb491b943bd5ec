import type { KeywordValues } from './keywords';
import type { Mapping } from './matching';

export type Parsed<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/**
 * The mapping table as typed, one row a line: `app: Billing (staging) => Billing` or
 * `api: https://api.staging.example.com/ => https://api.example.com/`. Blank lines are skipped; a bad line is named.
 */
export function parseMappings(text: string): Parsed<Mapping[]> {
  const mappings: Mapping[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const match = /^(app|api):(.*?)=>(.*)$/.exec(line);
    const source = match?.[2]?.trim();
    const target = match?.[3]?.trim();
    if (!match || !source || !target) return { error: `Line ${i + 1}: write "app: source name => target name" or "api: source => target".` };
    mappings.push({ kind: match[1] === 'app' ? 'application' : 'api', source, target });
  }
  return { value: mappings };
}

/** Keyword values as AUTH0_KEYWORD_REPLACE_MAPPINGS holds them: a JSON object. */
export function parseKeywordValues(text: string): Parsed<KeywordValues> {
  if (text.trim() === '') return { value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'Keyword values should be a JSON object, e.g. {"ENV": "prod"}.' };
    return { value: value as KeywordValues };
  } catch (error) {
    return { error: `Keyword values are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
