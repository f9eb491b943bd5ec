/** A value for a Deploy CLI keyword, as AUTH0_KEYWORD_REPLACE_MAPPINGS holds it: text, or any JSON for `@@KEY@@`. */
export type KeywordValue = string | number | boolean | null | KeywordValue[] | { [key: string]: KeywordValue };
export type KeywordValues = Readonly<Record<string, KeywordValue>>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Deploy CLI's keyword replacement (auth0-deploy-cli src/tools/utils.ts, keywordReplace), on the raw text before
 * it is parsed, in its order: first every `@@KEY@@` (with or without the quotes around it) becomes the value
 * JSON-stringified (so `"@@SCOPES@@"` turns into a YAML/JSON list), then every `##KEY##` becomes the value as is.
 * Unlike the Deploy CLI, a key is matched literally (it builds a RegExp from the key unescaped), and the
 * replacement is a function, so `$&` in a value stays text (its fix for issue #1153).
 */
export function replaceKeywords(text: string, values: KeywordValues): string {
  const keys = Object.keys(values).filter((key) => key !== '');
  let out = text;
  for (const key of keys) {
    const marker = `@@${escapeRegExp(key)}@@`;
    const json = JSON.stringify(values[key]);
    out = out.replace(new RegExp(`'${marker}'|"${marker}"|${marker}`, 'g'), () => json);
  }
  for (const key of keys) {
    const value = values[key];
    const text = typeof value === 'string' ? value : String(value);
    out = out.replace(new RegExp(`##${escapeRegExp(key)}##`, 'g'), () => text);
  }
  return out;
}

/** The keywords a file uses, so the page can ask for their values. */
export function keywordsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/##([A-Za-z0-9_]+)##|@@([A-Za-z0-9_]+)@@/g)) found.add(match[1] ?? match[2] ?? '');
  return [...found].sort();
}
