/**
 * A JSON Schema for lesson files, generated from the same zod shapes the loader reads them with, so editors can
 * complete and check them. `npm run schema` writes it to public/lesson.schema.json; a test keeps that file current.
 */
import { strict } from '../../engine';
import { z } from '../../zod';
import { scriptEntrySchema } from '../../scenario';
import { goalSchema } from './goal';
import { lessonShape, stepShape } from './lesson';
import { lensTextSchema } from './lensTextSchema';
import { computedOptionsSchemas, observationArgumentSchemas, writtenOptionShape } from './prediction';

const observationSchema = z.union(Object.entries(observationArgumentSchemas).map(([kind, args]) => strict({ [kind]: args }))).meta({
  description: 'What the run is watched for: one of event, request, taskCount.',
});

const optionSchema = strict({ ...writtenOptionShape, text: lensTextSchema.optional() }, 'An option').meta({
  description: 'One of value, in, range or never; text is what the learner reads (generated from the value when omitted).',
});

const predictionSchema = strict(
  {
    question: lensTextSchema,
    observe: observationSchema,
    options: z.union([z.array(optionSchema).min(2), computedOptionsSchemas.around, computedOptionsSchemas.each]),
    reason: lensTextSchema.meta({ description: 'Why, shown at the reveal; {observed} stands for what happened.' }),
  },
  '"prediction"',
);

const templateSchema = z.record(z.string(), z.unknown()).meta({ description: 'A CloudFormation template (scenario.schema.json describes its Metadata.EcsOrchestra).' });

const stepSchema = strict(stepShape({ goal: goalSchema, prediction: predictionSchema, entry: scriptEntrySchema.meta({ id: 'TimedCommand' }) }), 'A step').meta({ id: 'Step' });

const lessonSchema = strict(lessonShape({ step: stepSchema, template: templateSchema }), 'A lesson');

export function buildLessonJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(lessonSchema, { target: 'draft-2020-12', io: 'input', reused: 'inline' });
  void _ignored;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ECS Orchestra lesson',
    description: 'A lesson: a scenario and an ordered list of steps, each with narration in both lenses, scripted commands, a prediction, a goal, hints and a reference solution. README.md, "Writing a lesson", explains every field.',
    ...json,
  };
}

/** The file's exact text: stable key order and a final newline, so regenerating never shows a spurious diff. */
export function lessonJsonSchemaText(): string {
  return `${JSON.stringify(buildLessonJsonSchema(), null, 2)}\n`;
}
