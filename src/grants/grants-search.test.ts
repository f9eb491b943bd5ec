import { describe, expect, it } from 'vitest';
import {
  correctGrantsQuery,
  isGrantId,
  lastPage,
  parseGrantsSearch,
  reduceGrantsSearch,
  serializeGrantsSearch,
  type GrantsSearch,
} from './grants-search';

const parse = (query: string) => parseGrantsSearch(new URLSearchParams(query));

describe('parseGrantsSearch', () => {
  it.each<[string, GrantsSearch]>([
    ['', { page: 0, per_page: 25 }],
    ['page=3&per_page=50', { page: 3, per_page: 50 }],
    ['client_id=abc&audience=https%3A%2F%2Fapi%2F', { page: 0, per_page: 25, client_id: 'abc', audience: 'https://api/' }],
    ['subject_type=user&allow_any_organization=true', { page: 0, per_page: 25, subject_type: 'user', allow_any_organization: true }],
    ['grant=cgr_abc123', { page: 0, per_page: 25, grant: 'cgr_abc123' }],
    // Malformed values fall back to their defaults, one by one, never breaking the rest.
    ['page=-1&per_page=7', { page: 0, per_page: 25 }],
    ['page=abc&per_page=1000', { page: 0, per_page: 25 }],
    ['page=1.5', { page: 0, per_page: 25 }],
    ['subject_type=robot&allow_any_organization=false&client_id=ok', { page: 0, per_page: 25, client_id: 'ok' }],
    ['client_id=%20%20&audience=', { page: 0, per_page: 25 }],
    // Any grant value opens the panel, which then says the grant was not found (see isGrantId).
    ['grant=<script>', { page: 0, per_page: 25, grant: '<script>' }],
    ['page=2&unknown=1', { page: 2, per_page: 25 }],
    ['page=%202%20&per_page=1e1', { page: 2, per_page: 10 }],
    ['page=100001&per_page=Infinity', { page: 0, per_page: 25 }],
    ['client_id=%20abc%20&grant=%20cgr_1%20', { page: 0, per_page: 25, client_id: 'abc', grant: 'cgr_1' }],
    [`client_id=${'a'.repeat(129)}&grant=${'g'.repeat(201)}`, { page: 0, per_page: 25 }],
    ['subject_type=%20user', { page: 0, per_page: 25 }],
    ['organization_id=org_acme&audience=https%3A%2F%2Fa%2F', { page: 0, per_page: 25, organization_id: 'org_acme', audience: 'https://a/' }],
    // The organization's list takes neither subject type nor "any organization": they give way to it.
    ['organization_id=org_acme&subject_type=user&allow_any_organization=true', { page: 0, per_page: 25, organization_id: 'org_acme' }],
    ['organization_id=org%2F..%2Fx&subject_type=user', { page: 0, per_page: 25, subject_type: 'user' }],
    [`organization_id=${'o'.repeat(65)}`, { page: 0, per_page: 25 }],
  ])('%s', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });
});

describe('serializeGrantsSearch', () => {
  it('omits defaults and round-trips', () => {
    expect(serializeGrantsSearch({ page: 0, per_page: 25 }).toString()).toBe('');
    const search: GrantsSearch = { page: 2, per_page: 100, client_id: 'c1', audience: 'https://a/', subject_type: 'client', allow_any_organization: true, grant: 'cgr_1' };
    expect(parseGrantsSearch(serializeGrantsSearch(search))).toEqual(search);
    const withOrg: GrantsSearch = { page: 1, per_page: 10, client_id: 'c1', audience: 'https://a/', organization_id: 'org_1', grant: 'cgr_1' };
    expect(serializeGrantsSearch(withOrg).get('organization_id')).toBe('org_1');
    expect(parseGrantsSearch(serializeGrantsSearch(withOrg))).toEqual(withOrg);
  });
});

describe('reduceGrantsSearch', () => {
  const start: GrantsSearch = { page: 4, per_page: 50, client_id: 'c1', grant: 'cgr_1' };
  it.each<[string, Parameters<typeof reduceGrantsSearch>[1], GrantsSearch]>([
    ['a filter change resets the page', { type: 'filter', key: 'audience', value: 'https://a/' }, { ...start, page: 0, audience: 'https://a/' }],
    ['removing a filter resets the page', { type: 'filter', key: 'client_id', value: undefined }, { page: 0, per_page: 50, grant: 'cgr_1' }],
    ['an invalid filter value is dropped', { type: 'filter', key: 'subject_type', value: 'robot' }, { ...start, page: 0 }],
    ['the any-organization flag is only ever true', { type: 'filter', key: 'allow_any_organization', value: 'true' }, { ...start, page: 0, allow_any_organization: true }],
    ['choosing an organization resets the page', { type: 'filter', key: 'organization_id', value: 'org_1' }, { ...start, page: 0, organization_id: 'org_1' }],
    ['clearing the organization resets the page', { type: 'filter', key: 'organization_id', value: undefined }, { ...start, page: 0 }],
    ['paging keeps filters', { type: 'page', page: 5 }, { ...start, page: 5 }],
    ['rows per page resets the page', { type: 'perPage', perPage: 10 }, { ...start, per_page: 10, page: 0 }],
    ['clear filters keeps rows per page and the open grant', { type: 'clearFilters' }, { page: 0, per_page: 50, grant: 'cgr_1' }],
    ['opening a grant keeps the page', { type: 'openGrant', id: 'cgr_2' }, { ...start, grant: 'cgr_2' }],
    ['closing a grant keeps the page', { type: 'openGrant', id: undefined }, { page: 4, per_page: 50, client_id: 'c1' }],
  ])('%s', (_name, action, expected) => {
    expect(reduceGrantsSearch(start, action)).toEqual(expected);
  });

  it('choosing an organization drops the filters its list cannot take, and clearing it does not bring them back', () => {
    const filtered: GrantsSearch = { page: 3, per_page: 25, audience: 'https://a/', subject_type: 'user', allow_any_organization: true };
    const withOrg = reduceGrantsSearch(filtered, { type: 'filter', key: 'organization_id', value: 'org_1' });
    expect(withOrg).toEqual({ page: 0, per_page: 25, audience: 'https://a/', organization_id: 'org_1' });
    expect(reduceGrantsSearch(withOrg, { type: 'filter', key: 'organization_id', value: undefined })).toEqual({ page: 0, per_page: 25, audience: 'https://a/' });
    expect(reduceGrantsSearch(withOrg, { type: 'clearFilters' })).toEqual({ page: 0, per_page: 25 });
  });
});

describe('correctGrantsQuery', () => {
  it.each<[string, string | undefined]>([
    ['', undefined],
    ['page=2&per_page=50&subject_type=user', undefined],
    ['client_id=abc&audience=https%3A%2F%2Fa%2F&grant=cgr_1', undefined],
    // Out of range or unknown values leave the address bar, not only the view.
    ['per_page=7', ''],
    ['page=-4&per_page=7&subject_type=robot&allow_any_organization=yes', ''],
    ['subject_type=robot&page=2', 'page=2'],
    ['per_page=1000&client_id=abc', 'client_id=abc'],
    // Defaults are dropped, padded values trimmed, repeats collapsed.
    ['page=0&per_page=25', ''],
    ['page=%202%20', 'page=2'],
    ['per_page=1e1', 'per_page=10'],
    ['page=1&page=3', 'page=1'],
    ['client_id=%20abc%20', 'client_id=abc'],
    ['organization_id=org_1&subject_type=user&page=2', 'organization_id=org_1&page=2'],
    // Parameters another view owns stay where they are.
    ['view=access&per_page=7&scope=read%3Ausers', 'view=access&scope=read%3Ausers'],
  ])('%s → %s', (query, expected) => {
    expect(correctGrantsQuery(query)).toBe(expected);
  });

  it('is idempotent: a corrected query needs no further correction', () => {
    const corrected = correctGrantsQuery('page=-1&per_page=3&subject_type=x&grant=%20cgr_1%20&client_id=c');
    expect(corrected).toBe('grant=cgr_1&client_id=c');
    expect(correctGrantsQuery(corrected!)).toBeUndefined();
  });
});

describe('lastPage', () => {
  it.each([
    [0, 25, 0],
    [1, 25, 0],
    [25, 25, 0],
    [26, 25, 1],
    [200, 10, 19],
  ])('%i grants at %i per page → page %i', (total, perPage, expected) => {
    expect(lastPage(total, perPage)).toBe(expected);
  });
});

describe('isGrantId', () => {
  it.each([
    ['cgr_AbC123', true],
    ['<script>', false],
    ['cgr 1', false],
    ['g'.repeat(65), false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isGrantId(value)).toBe(expected);
  });
});
