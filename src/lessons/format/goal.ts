/**
 * A step's goal: a predicate over the world and what has happened, from a closed set of kinds combined with all,
 * any and not. Written as an object with one key, the kind (`{ serviceSteady: { service: WebService, count: 2 } }`,
 * `{ all: [goal, goal] }`, `{ elapsed: 30 }`); read into the {@link Goal} union, which carries its kind as `kind`.
 * Times are seconds since the step started.
 */
import { strict, type SimEventType, type TargetState } from '../../engine';
import { z } from '../../zod';
import { EVENT_TYPES, TARGET_STATES } from './eventFields';

/** A field's value in an event filter: that value exactly, or a string containing some text. */
export type FilterValue = string | number | boolean | null | { readonly contains: string };

/** Field name (a dotted path into the event, e.g. `command.do`) to the value it must have. */
export type EventFilter = Readonly<Record<string, FilterValue>>;

/** A status, or a class of them ("5xx"). */
export type StatusMatch = number | '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export type Goal =
  /** The service's desired and running counts are `count` and ECS calls it steady. */
  | { readonly kind: 'serviceSteady'; readonly service: string; readonly count: number }
  /**
   * Targets of the group in `state`: the task's target (`task`), exactly `count`, at least `atLeast`, or, with none
   * of these, every target that is not draining (and at least one).
   */
  | {
      readonly kind: 'targets';
      readonly targetGroup: string;
      readonly state: TargetState;
      readonly task: string | null;
      readonly count: number | null;
      readonly atLeast: number | null;
    }
  /** At least `atLeast` events of the type matching `where` happened within the window (seconds since the step started; `to` null: open). */
  | { readonly kind: 'event'; readonly type: SimEventType; readonly where: EventFilter; readonly window: readonly [number, number | null]; readonly atLeast: number }
  /**
   * Of the requests to `path` (every path when null) completed in the last `over` seconds, the share answered with
   * `status` is at least / at most the given fraction; only once the step has run `over` seconds, and with at least
   * `minRequests` requests in the window.
   */
  | {
      readonly kind: 'requests';
      readonly path: string | null;
      readonly listenerPort: number | null;
      readonly status: StatusMatch;
      readonly atLeast: number | null;
      readonly atMost: number | null;
      readonly over: number;
      readonly minRequests: number;
    }
  /** The resource's property in the world spec (a dotted path in the spec's own shape) equals the value. */
  | { readonly kind: 'property'; readonly resource: string; readonly path: string; readonly equals: unknown }
  /** So many seconds have passed since the step started. */
  | { readonly kind: 'elapsed'; readonly seconds: number }
  | { readonly kind: 'all'; readonly goals: readonly Goal[] }
  | { readonly kind: 'any'; readonly goals: readonly Goal[] }
  | { readonly kind: 'not'; readonly goal: Goal };

export type GoalKind = Goal['kind'];

export const GOAL_KINDS = ['serviceSteady', 'targets', 'event', 'requests', 'property', 'elapsed', 'all', 'any', 'not'] as const satisfies readonly GoalKind[];

const id = z.string().min(1);
const seconds = z.number().min(0);
const count = z.number().int().min(0);

const filterValue = z.union([z.string(), z.number(), z.boolean(), z.null(), strict({ contains: z.string().min(1) }, 'A "contains" filter')]);
export const eventFilterSchema = z.record(z.string().min(1), filterValue).meta({
  description: 'Field to value, e.g. { target: WebService-1, to: unhealthy }; a dotted field reads inside (command.do); { contains: text } matches part of a string.',
});
export const eventTypeSchema = z.enum(EVENT_TYPES);
export const windowSchema = z.tuple([seconds, seconds.nullable()]).meta({ description: '[from, to] in seconds since the step started; to null: open.' });
const statusSchema = z.union([z.number().int().min(100).max(599), z.enum(['1xx', '2xx', '3xx', '4xx', '5xx'])]);
const share = z.number().min(0).max(1);

/** Each leaf kind's arguments, strict (a typo lists the allowed keys). */
export const goalArgumentSchemas = {
  serviceSteady: strict({ service: id.meta({ description: 'Logical ID of the service.' }), count }, '"serviceSteady"'),
  targets: strict(
    {
      targetGroup: id.meta({ description: 'Logical ID of the target group.' }),
      state: z.enum(TARGET_STATES),
      task: id.optional().meta({ description: 'The target of this task (ID "<service>-<n>").' }),
      count: count.optional().meta({ description: 'Exactly this many targets in the state.' }),
      atLeast: z.number().int().min(1).optional().meta({ description: 'At least this many targets in the state.' }),
    },
    '"targets"',
  ),
  event: strict(
    {
      type: eventTypeSchema,
      where: eventFilterSchema.optional(),
      window: windowSchema.optional(),
      atLeast: z.number().int().min(1).optional().meta({ description: 'How many matching events (default 1).' }),
    },
    '"event"',
  ),
  requests: strict(
    {
      path: z.string().startsWith('/').optional().meta({ description: 'The request path exactly; omitted: every request.' }),
      listenerPort: z.number().int().min(1).max(65535).optional(),
      status: statusSchema.meta({ description: 'A status, or a class of them such as "5xx".' }),
      share: strict({ atLeast: share.optional(), atMost: share.optional() }, '"share"').meta({ description: 'The share answered with the status, a fraction from 0 to 1.' }),
      over: z.number().positive().meta({ description: 'The window: the last so many seconds.' }),
      minRequests: z.number().int().min(1).optional().meta({ description: 'Requests the window must hold (default 1).' }),
    },
    '"requests"',
  ),
  property: strict(
    {
      resource: id.meta({ description: 'Logical ID of any resource in the world spec.' }),
      path: z.string().min(1).meta({ description: 'Dotted path in the spec\'s own shape, e.g. healthCheck.path or healthCheckGracePeriodSeconds.' }),
      equals: z.unknown().meta({ description: 'The value, compared as JSON.' }),
    },
    '"property"',
  ),
} as const;

export type LeafKind = keyof typeof goalArgumentSchemas;

export const elapsedSchema = seconds.meta({ description: 'Seconds since the step started.' });

/** The whole written goal, for the JSON Schema (the loader reads a goal kind by kind, for clearer messages). */
export const goalSchema: z.ZodType = z
  .lazy(() =>
    z.union([
      ...Object.entries(goalArgumentSchemas).map(([kind, args]) => strict({ [kind]: args })),
      strict({ elapsed: elapsedSchema }),
      strict({ all: z.array(goalSchema).min(1) }),
      strict({ any: z.array(goalSchema).min(1) }),
      strict({ not: goalSchema }),
    ]),
  )
  .meta({
    id: 'Goal',
    description: 'One kind: serviceSteady, targets, event, requests, property or elapsed, or all / any / not of other goals.',
  });
