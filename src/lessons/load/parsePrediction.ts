/**
 * Reads a written prediction: the question and reason, what to observe (one kind, like a goal), and the options,
 * written out or computed. What the options' values must be depends on what is observed (checked here where the
 * file alone says, and against the world in predictionReferences.ts).
 */
import { strict } from '../../engine';
import { z } from '../../zod';
import { isRecord, joinPath, type IssueSink } from '../../scenario';
import { lensText } from '../format/lensText';
import { lensTextSchema } from '../format/lensTextSchema';
import {
  computedOptionsSchemas,
  OBSERVATION_KINDS,
  observationArgumentSchemas,
  writtenOptionShape,
  type Observation,
  type OptionMatch,
  type OptionsSpec,
  type Prediction,
  type PredictionOption,
} from '../format/prediction';
import { EVENT_FIELDS, NUMERIC_FIELDS } from '../format/eventFields';
import { readArguments } from './parseGoal';

const outer = strict({ question: lensTextSchema, observe: z.unknown(), options: z.unknown(), reason: lensTextSchema }, '"prediction"');
const optionSchema = strict({ ...writtenOptionShape, text: lensTextSchema.optional() }, 'An option');

function parseObservation(raw: unknown, path: string, sink: IssueSink): Observation | null {
  const kinds = OBSERVATION_KINDS.join(', ');
  if (!isRecord(raw) || Object.keys(raw).length !== 1) {
    sink.error('', path, `expected one kind of observation: an object with one key, one of ${kinds}`);
    return null;
  }
  const kind = Object.keys(raw)[0]!;
  const at = joinPath(path, kind);
  const value = raw[kind];
  switch (kind) {
    case 'event': {
      const args = readArguments(observationArgumentSchemas.event, value, at, sink, '"event"');
      if (!args) return null;
      const read = args.read ?? 'time';
      const fields: readonly string[] = EVENT_FIELDS[args.type];
      if (read !== 'time' && !fields.includes(read)) {
        sink.error('', joinPath(at, 'read'), `a ${args.type} event has no field "${read}"; read "time" or one of ${fields.join(', ')}`);
        return null;
      }
      const since = args.since ? { type: args.since.type, where: args.since.where ?? {} } : null;
      return { kind, type: args.type, where: args.where ?? {}, since, read };
    }
    case 'request': {
      const args = readArguments(observationArgumentSchemas.request, value, at, sink, '"request"');
      return args && { kind, path: args.path, method: args.method ?? null, host: args.host ?? null, listenerPort: args.listenerPort ?? null, read: args.read };
    }
    case 'taskCount': {
      const args = readArguments(observationArgumentSchemas.taskCount, value, at, sink, '"taskCount"');
      return args && { kind, service: args.service, lastStatus: args.lastStatus ?? 'RUNNING', at: args.at };
    }
    default:
      sink.error('', path, `"${kind}" is not something a prediction observes; use one of ${kinds}`);
      return null;
  }
}

function parseOption(raw: unknown, path: string, sink: IssueSink): PredictionOption | null {
  const args = readArguments(optionSchema, raw, path, sink, 'An option');
  if (!args) return null;
  const given = (['value', 'in', 'contains', 'range', 'never'] as const).filter((key) => key in args);
  if (given.length !== 1) {
    sink.error('', path, given.length === 0 ? 'an option needs one of value, in, contains, range or never' : `an option has one of value, in, contains, range or never, not ${given.join(' and ')}`);
    return null;
  }
  let match: OptionMatch;
  if (args.range !== undefined) {
    const [from, to] = args.range;
    if (to !== null && to < from) {
      sink.error('', joinPath(path, 'range'), `the range ends (${to}) before it starts (${from})`);
      return null;
    }
    match = { kind: 'range', from, to };
  } else if (args.in !== undefined) match = { kind: 'in', values: args.in };
  else if (args.never !== undefined) match = { kind: 'never' };
  else if (args.contains !== undefined) match = { kind: 'contains', text: args.contains };
  else match = { kind: 'value', value: args.value ?? null };
  return { match, text: args.text === undefined ? null : lensText(args.text) };
}

function parseOptions(raw: unknown, path: string, sink: IssueSink): OptionsSpec | null {
  if (Array.isArray(raw)) {
    if (raw.length < 2) {
      sink.error('', path, 'a question needs at least 2 options');
      return null;
    }
    const options = raw.map((item, index) => parseOption(item, joinPath(path, index), sink));
    return options.some((o) => o === null) ? null : { kind: 'written', options: options as PredictionOption[] };
  }
  if (isRecord(raw) && 'around' in raw) {
    const args = readArguments(computedOptionsSchemas.around, raw, path, sink, 'Computed options');
    return args && { kind: 'around', spread: args.around, count: args.count };
  }
  if (isRecord(raw) && 'each' in raw) {
    const args = readArguments(computedOptionsSchemas.each, raw, path, sink, 'Computed options');
    return args && { kind: 'each', of: args.each };
  }
  sink.error('', path, 'expected a list of options, or computed ones: { around: <spread>, count: <n> } or { each: rule | targetGroup }');
  return null;
}

/** What the options must be for what is observed, as far as the file alone says. */
function checkOptionsFit(observe: Observation, options: OptionsSpec, path: string, sink: IssueSink): void {
  const numericField = observe.kind === 'event' && (NUMERIC_FIELDS[observe.type] as readonly string[] | undefined)?.includes(observe.read) === true;
  const numeric = (observe.kind === 'event' && observe.read === 'time') || numericField || observe.kind === 'taskCount' || (observe.kind === 'request' && observe.read === 'status');
  if (options.kind === 'around' && !numeric) {
    sink.error('', path, 'options { around } are numbers around the answer: they fit an answer that is a number (a time, a count, a status)');
  }
  if (options.kind === 'each' && !(observe.kind === 'request' && observe.read === options.of)) {
    sink.error('', path, `options { each: ${options.of} } fit a request observation that reads ${options.of}`);
  }
  if (options.kind !== 'written') return;
  options.options.forEach((option, index) => {
    const at = joinPath(path, index);
    if (option.match.kind === 'range' && !numeric) sink.error('', at, 'a range fits an answer that is a number (a time, a count, a status)');
    if (option.match.kind === 'contains' && (numeric || observe.kind !== 'event')) sink.error('', at, '"contains" fits an answer that is text: a field of an event such as stoppedReason or message');
    if (option.match.kind === 'never' && observe.kind === 'taskCount') sink.error('', at, 'a count is always read at its time: "never" cannot be its answer');
  });
}

export function parsePrediction(raw: unknown, path: string, sink: IssueSink): Prediction | null {
  const args = readArguments(outer, raw, path, sink, '"prediction"');
  if (!args) return null;
  // zod lets an unknown() key be missing; these two are not optional.
  const missing = (['observe', 'options'] as const).filter((key) => args[key] === undefined);
  for (const key of missing) sink.error('', path, `"prediction" needs "${key}"`);
  if (missing.length > 0) return null;
  const observe = parseObservation(args.observe, joinPath(path, 'observe'), sink);
  const options = parseOptions(args.options, joinPath(path, 'options'), sink);
  if (!observe || !options) return null;
  checkOptionsFit(observe, options, joinPath(path, 'options'), sink);
  return { question: lensText(args.question), observe, options, reason: lensText(args.reason) };
}
