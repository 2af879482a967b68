/**
 * A step's prediction: a multiple-choice question asked before the reveal, whose right answer is read from the run.
 * The file says what to observe and how the options are made; the run says which option is right (the one whose
 * value the observed answer matches) and the reveal shows the learner's choice beside it, with the reason.
 */
import { strict, type SimEventType, type TaskLastStatus } from '../../engine';
import { z } from '../../zod';
import { TASK_STATUSES } from './eventFields';
import { eventFilterSchema, eventTypeSchema, type EventFilter } from './goal';
import type { LensText } from './lensText';

/** What a request observation reads from the first matching request.completed event. */
export type RequestRead = 'rule' | 'targetGroup' | 'status' | 'task';

export type Observation =
  /**
   * The first event of the type matching `where` after the step started (after the first `since` event, when
   * given): when it happened (`read: time`, seconds since the step started or since the `since` event), or one of
   * its fields.
   */
  | {
      readonly kind: 'event';
      readonly type: SimEventType;
      readonly where: EventFilter;
      readonly since: { readonly type: SimEventType; readonly where: EventFilter } | null;
      /** "time", or the name of one of the event's fields. */
      readonly read: string;
    }
  /**
   * The first request to `path` (and the method, host and listener port, where given) that arrived after the step
   * started: the rule that matched it (its logical ID, or "default"), the target group that served it (null when the
   * load balancer answered itself), its status, or the task that answered it (null when none did).
   */
  | {
      readonly kind: 'request';
      readonly path: string;
      readonly method: string | null;
      readonly host: string | null;
      readonly listenerPort: number | null;
      readonly read: RequestRead;
    }
  /** How many of the service's tasks have this lastStatus `at` seconds after the step started. */
  | { readonly kind: 'taskCount'; readonly service: string; readonly lastStatus: TaskLastStatus; readonly at: number };

export type ObservationKind = Observation['kind'];

/** An answer the run gives: seconds, a count, a status, an ID, a field's value; null for "nobody" (no target group, no task). */
export type AnswerValue = number | string | boolean | null;

/** What the run answered: a value at time `t` (ms), or that it never happened within the step's time limit. */
export type Observed = { readonly happened: true; readonly value: AnswerValue; readonly t: number } | { readonly happened: false; readonly t: number };

/** How an option is matched against the observed answer (the first option that matches is the right one). */
export type OptionMatch =
  | { readonly kind: 'value'; readonly value: AnswerValue }
  | { readonly kind: 'in'; readonly values: readonly AnswerValue[] }
  /** The answer is a string containing this text (a stopped reason, a service event's message). */
  | { readonly kind: 'contains'; readonly text: string }
  /** from <= answer <= to (to null: no upper bound). */
  | { readonly kind: 'range'; readonly from: number; readonly to: number | null }
  /** The event never happened within the step's time limit. */
  | { readonly kind: 'never' };

export interface PredictionOption {
  readonly match: OptionMatch;
  /** The words the learner reads; null for a computed or bare-value option (see optionText in words.ts). */
  readonly text: LensText | null;
}

export type OptionsSpec =
  | { readonly kind: 'written'; readonly options: readonly PredictionOption[] }
  /**
   * `count` numbers `spread` apart, one of them the answer the run will give, worked out before the step plays
   * by looking ahead on a copy of the run (lookahead.ts) with nobody acting.
   */
  | { readonly kind: 'around'; readonly spread: number; readonly count: number }
  /** Every rule of the listener the request reaches (and "default"), or every target group (and the load balancer itself). */
  | { readonly kind: 'each'; readonly of: 'rule' | 'targetGroup' };

export interface Prediction {
  readonly question: LensText;
  readonly observe: Observation;
  readonly options: OptionsSpec;
  /** Why it happens, shown at the reveal; `{observed}` stands for the answer the run gave. */
  readonly reason: LensText;
}

const seconds = z.number().min(0);

export const observationArgumentSchemas = {
  event: strict(
    {
      type: eventTypeSchema,
      where: eventFilterSchema.optional(),
      since: strict({ type: eventTypeSchema, where: eventFilterSchema.optional() }, '"since"').optional().meta({
        description: 'Measure from the first event like this after the step started, instead of from the step\'s start.',
      }),
      read: z.string().min(1).optional().meta({ description: '"time" (the default): seconds until it happened; or a field of the event, e.g. to.' }),
    },
    '"event"',
  ),
  request: strict(
    {
      path: z.string().startsWith('/'),
      method: z.string().min(1).optional(),
      host: z.string().min(1).optional(),
      listenerPort: z.number().int().min(1).max(65535).optional(),
      read: z.enum(['rule', 'targetGroup', 'status', 'task']),
    },
    '"request"',
  ),
  taskCount: strict(
    {
      service: z.string().min(1),
      lastStatus: z.enum(TASK_STATUSES).optional().meta({ description: 'Default RUNNING.' }),
      at: seconds.meta({ description: 'Seconds since the step started.' }),
    },
    '"taskCount"',
  ),
} as const;

export const OBSERVATION_KINDS = Object.keys(observationArgumentSchemas) as ObservationKind[];

const answerValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const writtenOptionShape = {
  value: answerValue.optional().meta({ description: 'Right when the answer is this value.' }),
  in: z.array(answerValue).min(1).optional().meta({ description: 'Right when the answer is any of these.' }),
  contains: z.string().min(1).optional().meta({ description: 'Right when the answer is text containing this.' }),
  range: z.tuple([z.number(), z.number().nullable()]).optional().meta({ description: '[from, to]: right when from <= answer <= to (to null: no upper bound).' }),
  never: z.literal(true).optional().meta({ description: 'Right when it never happens within the step\'s time limit.' }),
};

export const computedOptionsSchemas = {
  around: strict(
    {
      around: z.number().positive().meta({ description: 'Numbers this far apart, one of them the answer (worked out by looking ahead).' }),
      count: z.number().int().min(2).max(6),
    },
    'Computed options',
  ),
  each: strict({ each: z.enum(['rule', 'targetGroup']).meta({ description: 'Every rule of the listener (and the default), or every target group (and the load balancer itself).' }) }, 'Computed options'),
} as const;
