import { sortGrants, type ExportInput } from './export-input';
import type { Formatter } from './formatter';
import { csvFormat } from './to-csv';
import { deployCliFormat } from './to-deploy-cli';
import { jsonFormat } from './to-json';
import { terraformFormat } from './to-terraform';

export type ExportFormat = 'json' | 'csv' | 'deploy-cli' | 'terraform';

export const formatters: Record<ExportFormat, Formatter> = {
  json: jsonFormat,
  csv: csvFormat,
  'deploy-cli': deployCliFormat,
  terraform: terraformFormat,
};

/** Lets the page paint and handle input between slices; a macrotask, so clicks (Cancel) get through. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type BuildOptions = { sliceSize?: number; yieldNow?: () => Promise<void>; signal?: AbortSignal };

/**
 * Formats in slices of `sliceSize` grants with a yield between them: 100,000 grants never hold the
 * main thread for more than one slice.
 */
export async function buildExport(format: ExportFormat, input: ExportInput, options: BuildOptions = {}): Promise<string> {
  const { sliceSize = 1000, yieldNow = yieldToPage, signal } = options;
  const formatter = formatters[format];
  const grants = sortGrants(input);
  const parts = [formatter.start(input, grants)];
  for (let i = 0; i < grants.length; i += sliceSize) {
    await yieldNow();
    signal?.throwIfAborted();
    parts.push(formatter.chunk(input, grants.slice(i, i + sliceSize), i === 0));
  }
  parts.push(formatter.end(input, grants));
  return parts.join('');
}
