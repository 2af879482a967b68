/** What the Export menu offers, by name: the menu shows these before the exporters themselves are loaded. */
export type ExportKind = 'template-json' | 'template-yaml' | 'commands-json' | 'commands-yaml' | 'session' | 'events';

export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  'template-json': 'Template (JSON)',
  'template-yaml': 'Template (YAML)',
  'commands-json': 'Template with commands (JSON)',
  'commands-yaml': 'Template with commands (YAML)',
  session: 'Session (JSON)',
  events: 'Event log (JSON lines)',
};
