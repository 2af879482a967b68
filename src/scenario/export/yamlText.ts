import { yamlSupport } from '../yaml/yamlSupport';

/** The template as YAML text with CloudFormation's short tags; loadYamlSupport() must have finished (it loads the writer). */
export function toYamlText(template: Readonly<Record<string, unknown>>): string {
  const yaml = yamlSupport();
  if (yaml === null) throw new Error('YAML support is not loaded yet: await loadYamlSupport() before writing YAML.');
  return yaml.toYamlText(template);
}
