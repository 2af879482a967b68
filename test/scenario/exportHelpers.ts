/** The templates every export test goes through, and the round trip itself (export, text, load). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScenarioSpec } from '../../src/engine/spec';
import { exportTemplate, toJsonText, toYamlText, type ExportOptions } from '../../src/scenario';
import { loadOk } from './helpers';

const SCENARIOS = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('./fixtures/examples/', import.meta.url));

export interface TemplateFile {
  readonly name: string;
  readonly text: string;
}

/** Every bundled scenario and the six shared examples. */
export function templateFiles(): TemplateFile[] {
  const read = (dir: string, name: string): TemplateFile => ({ name, text: readFileSync(dir + name, 'utf8') });
  return [
    ...readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'index.json').sort().map((f) => read(SCENARIOS, f)),
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort().map((f) => read(EXAMPLES, f)),
  ];
}

/** Each multi-file bundle in public/scenarios/bundles/<name>/, its files as the app would pass them. */
export function bundles(): { readonly name: string; readonly files: TemplateFile[] }[] {
  const root = `${SCENARIOS}bundles/`;
  return readdirSync(root).filter((name) => statSync(root + name).isDirectory()).sort().map((name) => ({
    name,
    files: readdirSync(root + name).filter((f) => /\.(json|ya?ml)$/.test(f)).sort().map((f) => ({ name: f, text: readFileSync(`${root}${name}/${f}`, 'utf8') })),
  }));
}

export function specOf(file: TemplateFile): ScenarioSpec {
  return loadOk(file.text, { fileName: file.name }).spec;
}

/** The exported template read back from its JSON or YAML text; no warnings, since it is the simulator's own. */
export function reload(spec: ScenarioSpec, format: 'json' | 'yaml', options?: ExportOptions): ScenarioSpec {
  const template = exportTemplate(spec, options);
  const text = format === 'json' ? toJsonText(template) : toYamlText(template);
  const result = loadOk(text, { fileName: `exported.${format}` });
  if (result.warnings.length > 0) throw new Error(`unexpected warnings:\n${result.warnings.map((w) => `${w.resource} ${w.path}: ${w.message}`).join('\n')}`);
  return result.spec;
}
