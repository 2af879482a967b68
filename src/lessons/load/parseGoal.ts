/**
 * Reads a written goal kind by kind (rather than as one zod union, whose messages would list every branch): an
 * object with exactly one key, the kind, whose arguments are checked by that kind's strict schema.
 */
import type { z } from 'zod';
import type { IssueSink } from '../../scenario';
import { isRecord, joinPath, reportZodError } from '../../scenario';
import { elapsedSchema, GOAL_KINDS, goalArgumentSchemas, type Goal, type LeafKind } from '../format/goal';

const KIND_LIST = GOAL_KINDS.join(', ');

function isLeafKind(kind: string): kind is LeafKind {
  return Object.hasOwn(goalArgumentSchemas, kind);
}

/** The value read by the schema, or null with its problems reported at `path`. */
export function readArguments<T>(schema: z.ZodType<T>, value: unknown, path: string, sink: IssueSink, subject?: string): T | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  reportZodError(parsed.error, value, { sink, resource: '', path, ...(subject ? { subject } : {}) });
  return null;
}

function leaf(kind: LeafKind, value: unknown, path: string, sink: IssueSink): Goal | null {
  const subject = `"${kind}"`;
  switch (kind) {
    case 'serviceSteady': {
      const args = readArguments(goalArgumentSchemas.serviceSteady, value, path, sink, subject);
      return args && { kind, service: args.service, count: args.count };
    }
    case 'targets': {
      const args = readArguments(goalArgumentSchemas.targets, value, path, sink, subject);
      if (!args) return null;
      const given = (['task', 'count', 'atLeast'] as const).filter((key) => args[key] !== undefined);
      if (given.length > 1) {
        sink.error('', path, `give one of task, count or atLeast, not ${given.join(' and ')}; with none, every target that is not draining must be ${args.state}`);
        return null;
      }
      return { kind, targetGroup: args.targetGroup, state: args.state, task: args.task ?? null, count: args.count ?? null, atLeast: args.atLeast ?? null };
    }
    case 'event': {
      const args = readArguments(goalArgumentSchemas.event, value, path, sink, subject);
      if (!args) return null;
      const window = args.window ?? [0, null];
      if (window[1] !== null && window[1] < window[0]) {
        sink.error('', joinPath(path, 'window'), `the window ends (${window[1]} s) before it starts (${window[0]} s)`);
        return null;
      }
      return { kind, type: args.type, where: args.where ?? {}, window, atLeast: args.atLeast ?? 1 };
    }
    case 'requests': {
      const args = readArguments(goalArgumentSchemas.requests, value, path, sink, subject);
      if (!args) return null;
      const { atLeast, atMost } = args.share;
      if ((atLeast === undefined) === (atMost === undefined)) {
        sink.error('', joinPath(path, 'share'), 'give one of atLeast or atMost (a fraction from 0 to 1), e.g. { atLeast: 0.95 }');
        return null;
      }
      return {
        kind,
        path: args.path ?? null,
        listenerPort: args.listenerPort ?? null,
        status: args.status,
        atLeast: atLeast ?? null,
        atMost: atMost ?? null,
        over: args.over,
        minRequests: args.minRequests ?? 1,
      };
    }
    case 'property': {
      const args = readArguments(goalArgumentSchemas.property, value, path, sink, subject);
      if (!args) return null;
      if (!('equals' in args)) {
        sink.error('', path, '"property" needs "equals"');
        return null;
      }
      return { kind, resource: args.resource, path: args.path, equals: args.equals };
    }
  }
}

function list(kind: 'all' | 'any', value: unknown, path: string, sink: IssueSink): Goal | null {
  if (!Array.isArray(value) || value.length === 0) {
    sink.error('', path, `"${kind}" takes a list of at least one goal`);
    return null;
  }
  const goals = value.map((item, index) => parseGoal(item, joinPath(path, index), sink));
  if (goals.some((goal) => goal === null)) return null;
  return { kind, goals: goals as Goal[] };
}

/** The goal, or null when it has a problem (every problem reported at its path). */
export function parseGoal(raw: unknown, path: string, sink: IssueSink): Goal | null {
  if (!isRecord(raw)) {
    sink.error('', path, `expected a goal: an object with one key, its kind (${KIND_LIST})`);
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1) {
    const message = keys.length === 0
      ? `a goal needs its kind: one of ${KIND_LIST}`
      : `a goal has one kind, got ${keys.join(', ')}; combine goals with all: [...] or any: [...]`;
    sink.error('', path, message);
    return null;
  }
  const kind = keys[0]!;
  const value = raw[kind];
  const at = joinPath(path, kind);
  if (kind === 'all' || kind === 'any') return list(kind, value, at, sink);
  if (kind === 'not') {
    const goal = parseGoal(value, at, sink);
    return goal === null ? null : { kind: 'not', goal };
  }
  if (kind === 'elapsed') {
    const seconds = readArguments(elapsedSchema, value, at, sink);
    return seconds === null ? null : { kind: 'elapsed', seconds };
  }
  if (!isLeafKind(kind)) {
    sink.error('', path, `"${kind}" is not a goal kind; use one of ${KIND_LIST}`);
    return null;
  }
  return leaf(kind, value, at, sink);
}
