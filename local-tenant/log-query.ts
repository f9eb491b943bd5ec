import { invalidQuery } from './errors.ts';
import type { LogEvent } from './log-store.ts';

// The subset of Auth0's log search syntax (Lucene query strings) the local tenant implements:
// field:value, field:"quoted value", AND / OR / NOT, parentheses, date:[a TO b] with * for open ends.
// Adjacent terms without an operator are joined with AND. NOT binds tighter than AND, AND than OR.
// As in Lucene, a backslash escapes the character after it, in a quoted value (`client_name:"a \"b\""` is
// the name `a "b"`, `"C:\\dir"` is `C:\dir`) and in a bare one (`client_name:a\ b` is `a b`).

export type LogPredicate = (event: LogEvent) => boolean;

const FIELDS = ['type', 'client_id', 'client_name', 'audience', 'description', 'ip', 'date'] as const;
type Field = (typeof FIELDS)[number];

type Token =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' }
  | { kind: 'term'; field: Field; value: string; quoted: boolean }
  | { kind: 'range'; from: number; to: number };

const refuse = (detail: string): Error => invalidQuery(`'Invalid query string: ${detail}' on property q.`);

function rangeEnd(text: string, end: 'from' | 'to'): number {
  if (text === '*') return end === 'from' ? -Infinity : Infinity;
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw refuse(`"${text}" is not an ISO 8601 date`);
  return ms;
}

/** Removes the backslash of each escape (`\x` is `x`). */
const unescape = (raw: string) => raw.replace(/\\([\s\S])/g, '$1');

/** A quoted value starting at `at` (its opening quote): up to the first quote no backslash escapes. */
function readQuoted(q: string, at: number, field: Field): { token: Token; next: number } {
  const match = /^"((?:[^"\\]|\\[\s\S])*)"/.exec(q.slice(at));
  if (!match) throw refuse(/^"(?:[^"\\]|\\[\s\S])*\\$/.test(q.slice(at)) ? 'a backslash at the end escapes nothing' : 'unterminated quoted value');
  return { token: { kind: 'term', field, value: unescape(match[1] ?? ''), quoted: true }, next: at + match[0].length };
}

/** Reads `field:` and what follows it, starting at `at` (just after the colon). */
function readValue(q: string, at: number, field: Field): { token: Token; next: number } {
  if (q[at] === '"') return readQuoted(q, at, field);
  if (q[at] === '[') {
    if (field !== 'date') throw refuse(`ranges are supported on date only, not on ${field}`);
    const end = q.indexOf(']', at);
    const match = end < 0 ? null : /^\s*(\S+)\s+TO\s+(\S+)\s*$/.exec(q.slice(at + 1, end));
    if (!match?.[1] || !match[2]) throw refuse('a range is written [FROM TO TO]');
    return { token: { kind: 'range', from: rangeEnd(match[1], 'from'), to: rangeEnd(match[2], 'to') }, next: end + 1 };
  }
  const match = /^(?:[^\s()"[\]\\]|\\[\s\S])+/.exec(q.slice(at));
  // Only a backslash with nothing after it stops the match on one.
  if (q[at + (match?.[0].length ?? 0)] === '\\') throw refuse('a backslash at the end escapes nothing');
  if (!match) throw refuse(`missing value for ${field}`);
  return { token: { kind: 'term', field, value: unescape(match[0]), quoted: false }, next: at + match[0].length };
}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < q.length) {
    const char = q[at] ?? '';
    if (/\s/.test(char)) {
      at++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      at++;
    } else {
      const word = /^[A-Za-z_]+/.exec(q.slice(at))?.[0] ?? '';
      const after = q[at + word.length];
      if ((word === 'AND' || word === 'OR' || word === 'NOT') && (after === undefined || /[\s(]/.test(after))) {
        tokens.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not' });
        at += word.length;
      } else if (after === ':' && (FIELDS as readonly string[]).includes(word)) {
        const { token, next } = readValue(q, at + word.length + 1, word as Field);
        tokens.push(token);
        at = next;
      } else if (after === ':') {
        throw refuse(`unknown field "${word}" (searchable here: ${FIELDS.join(', ')})`);
      } else {
        throw refuse(`expected field:value at "${q.slice(at, at + 20)}"`);
      }
    }
  }
  return tokens;
}

function termMatcher(token: Extract<Token, { kind: 'term' }>): LogPredicate {
  const { field, value } = token;
  // description is a text field: its words match case-insensitively; the others are exact keywords.
  if (field === 'description') {
    const needle = value.toLowerCase();
    return (event) => event.description.toLowerCase().includes(needle);
  }
  // A bare date matches by prefix, so date:2026-01-15 is that whole day.
  if (field === 'date') return (event) => event.date.startsWith(value);
  return (event) => event[field] === value;
}

/** Recursive descent over the tokens: or := and (OR and)*; and := not (AND? not)*; not := NOT not | atom. */
class Parser {
  private at = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  parse(): LogPredicate {
    const predicate = this.or();
    if (this.at < this.tokens.length) throw refuse('unbalanced parentheses or a dangling operator');
    return predicate;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private or(): LogPredicate {
    const parts = [this.and()];
    while (this.peek()?.kind === 'or') {
      this.at++;
      parts.push(this.and());
    }
    return parts.length === 1 && parts[0] ? parts[0] : (event) => parts.some((part) => part(event));
  }

  private and(): LogPredicate {
    const parts = [this.not()];
    for (let next = this.peek(); next && next.kind !== 'or' && next.kind !== 'close'; next = this.peek()) {
      if (next.kind === 'and') this.at++;
      parts.push(this.not());
    }
    return parts.length === 1 && parts[0] ? parts[0] : (event) => parts.every((part) => part(event));
  }

  private not(): LogPredicate {
    if (this.peek()?.kind === 'not') {
      this.at++;
      const inner = this.not();
      return (event) => !inner(event);
    }
    return this.atom();
  }

  private atom(): LogPredicate {
    const token = this.tokens[this.at++];
    if (token === undefined) throw refuse('the query ends where a term was expected');
    if (token.kind === 'open') {
      const inner = this.or();
      if (this.tokens[this.at++]?.kind !== 'close') throw refuse('missing closing parenthesis');
      return inner;
    }
    if (token.kind === 'term') return termMatcher(token);
    if (token.kind === 'range') {
      const { from, to } = token;
      return (event) => {
        const ms = Date.parse(event.date);
        return ms >= from && ms <= to;
      };
    }
    throw refuse(`unexpected ${token.kind.toUpperCase()}`);
  }
}

/** Compiles `q`; an empty query matches every event. Anything outside the subset is a 400 invalid_query_string. */
export function compileLogQuery(q: string | undefined): LogPredicate {
  if (q === undefined || q.trim() === '') return () => true;
  return new Parser(tokenize(q)).parse();
}
