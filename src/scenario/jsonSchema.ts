/**
 * A JSON Schema for the simulator's settings in a template (`Metadata.EcsOrchestra` at template level, on task
 * definitions and on clusters), generated from the same zod schemas the loader uses, so editors can complete and check them.
 * `npx tsx src/cli/writeSchema.ts` writes it to public/scenario.schema.json; a test keeps that file current.
 */
import { z } from '../zod';
import { clusterSettingsSchema, scenarioSettingsShape, taskSettingsSchema } from './metadata';
import { scriptEntrySchema } from './script';
import { strict } from './zodIssues';

const settingsSchema = strict(scenarioSettingsShape(scriptEntrySchema), 'Metadata.EcsOrchestra')
  .meta({ title: 'Scenario settings', description: 'Template-level Metadata.EcsOrchestra: title, summary, seed, parameter values, traffic and script.' });

function toJson(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', reused: 'inline' });
  void _ignored;
  return json;
}

export function buildScenarioJsonSchema(): Record<string, unknown> {
  const metadataOf = (ref: string) => ({ type: 'object', properties: { EcsOrchestra: { $ref: ref } } });
  const forType = (type: string, ref: string) => ({
    if: { properties: { Type: { const: type } }, required: ['Type'] },
    then: { properties: { Metadata: metadataOf(ref) } },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ECS Orchestra scenario',
    description: 'A CloudFormation template with the simulator settings under Metadata.EcsOrchestra. Only the simulator keys are described; the rest of the template is CloudFormation.',
    type: 'object',
    properties: {
      Metadata: metadataOf('#/$defs/ScenarioSettings'),
      Resources: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          allOf: [
            forType('AWS::ECS::TaskDefinition', '#/$defs/TaskDefinitionSettings'),
            forType('AWS::ECS::Cluster', '#/$defs/ClusterSettings'),
          ],
        },
      },
    },
    $defs: {
      ScenarioSettings: toJson(settingsSchema),
      TaskDefinitionSettings: toJson(taskSettingsSchema),
      ClusterSettings: toJson(clusterSettingsSchema),
    },
  };
}

/** The file's exact text: stable key order and a final newline, so regenerating never shows a spurious diff. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(buildScenarioJsonSchema(), null, 2)}\n`;
}
