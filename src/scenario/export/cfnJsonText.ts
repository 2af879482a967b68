/** Template text as JSON, with two-space indentation (YAML is cfnYamlText.ts, loaded with the YAML reader). */

export function toJsonText(template: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
