import type { KeywordValues } from './keywords';
import { parseDeployCliDirectory, type NamedText } from './parse-deploy-cli-directory';
import { parseDeployCliYaml } from './parse-deploy-cli-yaml';
import { parseJsonExport } from './parse-json-export';
import type { ParseResult } from './parse-result';

export type ReadOptions = {
  keywords?: KeywordValues;
  clientNames?: ReadonlyMap<string, string>;
  organizationNames?: ReadonlyMap<string, string>;
};

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Which reader a chosen file (or set of files) needs: `.tf` Terraform (its parser loaded only now), `.yaml`/`.yml`
 * the Deploy CLI's tenant.yaml, one `.json` holding a list the dashboard's JSON export, and any other `.json`
 * (or several) a Deploy CLI directory export's grant files.
 */
export async function readCompareFiles(files: readonly NamedText[], options: ReadOptions = {}): Promise<ParseResult> {
  const [only] = files;
  if (files.length === 1 && only) {
    const kind = extension(only.name);
    if (kind === 'tf') {
      const { parseTerraform } = await import('./parse-terraform');
      return parseTerraform(only.text, only.name, { clientNames: options.clientNames, organizationNames: options.organizationNames });
    }
    if (kind === 'yaml' || kind === 'yml') return parseDeployCliYaml(only.text, options.keywords, only.name);
    if (kind === 'json' && only.text.trimStart().startsWith('[')) return parseJsonExport(only.text, only.name);
  }
  const unknown = files.find((file) => extension(file.name) !== 'json');
  if (unknown) {
    return { ok: false, problem: { kind: 'shape', file: unknown.name, message: `${unknown.name}: Compare reads .json, .yaml, .yml and .tf files.` } };
  }
  return parseDeployCliDirectory(files, options.keywords);
}
