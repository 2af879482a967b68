/**
 * A lesson is data: one file (YAML or JSON) naming its scenario and an ordered list of steps. This module holds
 * the lesson as the loader hands it over (types) and the shapes of the written file (zod), from which both the
 * loader's checks and public/lesson.schema.json are made. README.md, "Writing a lesson", explains every field.
 */
import { strict, type Command, type CommandName, type ScenarioSpec } from '../../engine';
import { z } from '../../zod';
import type { Goal } from './goal';
import type { LensText } from './lensText';
import { lensPairSchema, lensTextSchema } from './lensTextSchema';
import type { Prediction } from './prediction';

/** A command at a time: seconds after the step started (scripted commands) or after "show me" (a solution). */
export interface TimedCommand {
  readonly at: number;
  readonly command: Command;
}

export interface Hint {
  /** Simulated seconds after the step started when it shows by itself; null: only when asked for. */
  readonly after: number | null;
  readonly text: LensText;
}

/**
 * A thing on the stage a step spotlights (the rest dims), named as the stage names it: a logical ID (service,
 * target group, listener, rule, load balancer, cluster), a task ID, a container instance ID, or one of the stage's
 * characters: "audience" (the clients), "stage-manager" (the health checks), "conductor" (the service scheduler).
 */
export type SpotlightTarget =
  | { readonly kind: 'service' | 'task' | 'targetGroup' | 'listener' | 'rule' | 'loadBalancer' | 'cluster' | 'instance' | 'taskDefinition'; readonly id: string }
  | { readonly kind: 'audience' | 'healthChecks' | 'scheduler'; readonly id: null };

/** The stage's characters, as a spotlight names them. */
export const STAGE_CHARACTERS = { audience: 'audience', 'stage-manager': 'healthChecks', conductor: 'scheduler' } as const;

export interface LessonStep {
  /** 0-based position. */
  readonly index: number;
  readonly id: string;
  readonly title: LensText;
  readonly narration: LensText;
  readonly spotlight: readonly SpotlightTarget[];
  /** Scripted commands, in time order; `at` in seconds after the step started. */
  readonly commands: readonly TimedCommand[];
  readonly prediction: Prediction | null;
  readonly goal: Goal | null;
  /**
   * The step asks the learner to act: its goal is not met by watching (the lesson test checks that doing nothing
   * leaves it unmet), and its solution is the "show me".
   */
  readonly action: boolean;
  /** Seconds the step expects its goal within; the command line gives up on the step then. */
  readonly within: number;
  readonly hints: readonly Hint[];
  /** The reference solution ("show me"), in time order; `at` in seconds after "show me" was asked for. */
  readonly solution: readonly TimedCommand[];
  /** Commands the learner may give during the step, in registry order; null: any. */
  readonly allowed: readonly CommandName[] | null;
  /** Why the other controls are locked, when the file says. */
  readonly locked: LensText | null;
}

export interface Lesson {
  readonly id: string;
  readonly title: LensText;
  readonly summary: LensText;
  /** The file it was read from. */
  readonly file: string;
  /** The bundled scenario it names (e.g. "crash-and-replace.json"), or null for a template written inline. */
  readonly scenarioFile: string | null;
  /** The world it plays in, with the lesson's seed when it gives one: create the simulation from this. */
  readonly spec: ScenarioSpec;
  readonly steps: readonly LessonStep[];
}

/** The default of a step's `within`. */
export const DEFAULT_WITHIN_SECONDS = 300;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, e.g. "fix-the-path"');
const seconds = z.number().min(0);
const timedCommands = (entry: z.ZodType) => z.array(entry);

/** A step's written shape; `goal`, `prediction` and the command entries are given by the caller (see lessonSchemas). */
export function stepShape(parts: { goal: z.ZodType; prediction: z.ZodType; entry: z.ZodType }) {
  return {
    id: slug.meta({ description: 'Unique within the lesson; deep links and progress use it.' }),
    title: lensTextSchema,
    narration: lensPairSchema.meta({ description: 'What the step tells, in both lenses.' }),
    spotlight: z.array(z.string().min(1)).optional().meta({
      description: 'What the stage lights up: logical IDs, task IDs, instance IDs, or "audience", "stage-manager", "conductor".',
    }),
    commands: timedCommands(parts.entry).optional().meta({ description: 'Scripted commands, as a scenario script writes them; at: seconds after the step started.' }),
    prediction: parts.prediction.optional(),
    goal: parts.goal.optional(),
    action: z.boolean().optional().meta({ description: 'The step asks the learner to act (default false): it needs a goal and a solution.' }),
    within: z.number().positive().optional().meta({ description: 'Seconds the goal is expected within (default 300); the command line moves on then.' }),
    hints: z
      .array(strict({ after: seconds.optional().meta({ description: 'Simulated seconds after the step started; omitted: only on request.' }), text: lensTextSchema }, 'A hint'))
      .optional(),
    solution: timedCommands(parts.entry).optional().meta({ description: 'The "show me": commands; at: seconds after "show me".' }),
    allow: z.array(z.string().min(1)).optional().meta({ description: 'Command names or editor areas the learner may use; omitted: everything; [] nothing.' }),
    locked: lensTextSchema.optional().meta({ description: 'Why the other controls are locked.' }),
  };
}

export function lessonShape(parts: { step: z.ZodType; template: z.ZodType }) {
  return {
    $schema: z.string().optional(),
    id: slug.meta({ description: 'The lesson\'s ID: `npm run simulate -- --lesson <id>`, deep links and progress use it.' }),
    title: lensTextSchema,
    summary: lensTextSchema,
    scenario: z
      .union([
        z.string().min(1).meta({ description: 'A bundled scenario by file name (public/scenarios/index.json), e.g. crash-and-replace.json.' }),
        strict({ template: parts.template }, '"scenario"'),
      ])
      .meta({ description: 'A bundled scenario\'s file name, or { template: <CloudFormation template> } written inline.' }),
    seed: z.number().int().min(0).max(4_294_967_295).optional().meta({ description: 'Overrides the scenario\'s seed.' }),
    steps: z.array(parts.step).min(1),
  };
}
