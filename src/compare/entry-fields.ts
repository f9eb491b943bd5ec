import type { OrganizationUsage, SubjectType } from '../api/client-grants';

/** A field of a file's grant entry that has the wrong type: the message names the field and what it holds. */
export class EntryShapeError extends Error {
  constructor(field: string, expected: string, value: unknown) {
    super(value === undefined ? `"${field}" is missing (it should be ${expected})` : `"${field}" should be ${expected}, not ${describe(value)}`);
    this.name = 'EntryShapeError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export type Entry = Record<string, unknown>;

export function asEntry(value: unknown): Entry | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Entry) : undefined;
}

/** Own properties only: a `__proto__` or `constructor` key in a file is data, never the prototype's. */
function own(entry: Entry, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(entry, field) ? entry[field] : undefined;
}

export function optionalText(entry: Entry, field: string): string | undefined {
  const value = own(entry, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new EntryShapeError(field, 'text', value);
  return value;
}

export function requiredText(entry: Entry, field: string): string {
  const value = optionalText(entry, field);
  if (value === undefined || value === '') throw new EntryShapeError(field, 'non-empty text', own(entry, field));
  return value;
}

export function optionalBoolean(entry: Entry, field: string): boolean | undefined {
  const value = own(entry, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new EntryShapeError(field, 'true or false', value);
  return value;
}

export function optionalTextList(entry: Entry, field: string): string[] | undefined {
  const value = own(entry, field);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new EntryShapeError(field, 'a list of text', value);
  }
  return value as string[];
}

const USAGES: readonly string[] = ['deny', 'allow', 'require'];
const SUBJECT_TYPES: readonly string[] = ['client', 'user'];

export function optionalUsage(entry: Entry): OrganizationUsage | undefined {
  const value = optionalText(entry, 'organization_usage');
  if (value !== undefined && !USAGES.includes(value)) {
    throw new EntryShapeError('organization_usage', 'deny, allow or require', value);
  }
  return value as OrganizationUsage | undefined;
}

export function optionalSubjectType(entry: Entry): SubjectType | undefined {
  const value = optionalText(entry, 'subject_type');
  if (value !== undefined && !SUBJECT_TYPES.includes(value)) throw new EntryShapeError('subject_type', 'client or user', value);
  return value as SubjectType | undefined;
}

// The Deploy CLI's own test for a keyword it could not replace (src/tools/utils.ts, UNRESOLVED_PLACEHOLDER_REGEX):
// upper case only, so Auth0 template variables like @@password@@ are not taken for one.
const UNRESOLVED = /##[A-Z0-9_]+##|@@[A-Z0-9_]+@@/;

/** The first keyword left in these values, if any: such an entry cannot be placed until the keyword has a value. */
export function unresolvedKeyword(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const match = value === undefined ? null : UNRESOLVED.exec(value);
    if (match) return match[0];
  }
  return undefined;
}
