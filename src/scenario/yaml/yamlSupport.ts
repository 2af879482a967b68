/**
 * YAML, reading and writing, is loaded on demand: js-yaml and CloudFormation's tags are a sizeable share of the
 * app's first download, and the bundled scenarios are JSON. Whoever may hand the loader YAML text, or ask for YAML
 * out, awaits loadYamlSupport() first (the app before a YAML file or an export, the command line and the tests at
 * start); after that, reading is synchronous like the rest of the loader. Loading twice is harmless.
 */
import type { DuplicateKey, YamlParse } from './cfnYaml';

export interface YamlSupport {
  readonly parseCfnYaml: (text: string) => YamlParse;
  readonly findDuplicateKeys: (text: string) => DuplicateKey[];
  readonly toYamlText: (template: Readonly<Record<string, unknown>>) => string;
}

let support: YamlSupport | null = null;

/** The YAML reader and writer, or null until loadYamlSupport() has finished. */
export function yamlSupport(): YamlSupport | null {
  return support;
}

export async function loadYamlSupport(): Promise<void> {
  if (support !== null) return;
  const [reader, writer] = await Promise.all([import('./cfnYaml'), import('../export/cfnYamlText')]);
  support = { parseCfnYaml: reader.parseCfnYaml, findDuplicateKeys: reader.findDuplicateKeys, toYamlText: writer.toYamlText };
}

/** What the loader says when YAML arrives before its support: a mistake of the caller, never of the template. */
export const YAML_NOT_LOADED = 'YAML support is not loaded yet (loadYamlSupport() must finish first); the template was not read.';
