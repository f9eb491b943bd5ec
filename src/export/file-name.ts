import type { ExportView } from './export-input';

/**
 * `client-grants_<tenant>_<view>_<YYYY-MM-DD>.<ext>`: the date is UTC, the domain kept to safe characters.
 * A partial file (the read stopped early) says so in its name: `…_<YYYY-MM-DD>_partial.<ext>`.
 */
export function exportFileName(domain: string, view: ExportView, extension: string, now: Date, partial = false): string {
  const tenant = domain.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'tenant';
  return `client-grants_${tenant}_${view}_${now.toISOString().slice(0, 10)}${partial ? '_partial' : ''}.${extension}`;
}
