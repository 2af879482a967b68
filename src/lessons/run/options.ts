/**
 * A prediction's options as the learner sees them, and which one the run made right: the first whose value the
 * observed answer matches (numbers within a microsecond's rounding), or none.
 */
import { stableHash64, type ScenarioSpec } from '../../engine';
import type { LensText } from '../format/lensText';
import type { AnswerValue, Observed, OptionMatch, Prediction } from '../format/prediction';
import { answerText, optionText } from '../words';

export interface ResolvedOption {
  readonly match: OptionMatch;
  readonly text: LensText;
}

function same(a: AnswerValue, b: AnswerValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-6;
  return a === b;
}

export function optionMatches(match: OptionMatch, observed: Observed): boolean {
  if (!observed.happened) return match.kind === 'never';
  const value = observed.value;
  switch (match.kind) {
    case 'value':
      return same(match.value, value);
    case 'in':
      return match.values.some((v) => same(v, value));
    case 'contains':
      return typeof value === 'string' && value.includes(match.text);
    case 'range':
      return typeof value === 'number' && value >= match.from - 1e-6 && (match.to === null || value <= match.to + 1e-6);
    case 'never':
      return false;
  }
}

/** The index of the right option, or null when the run's answer is none of them. */
export function rightOption(options: readonly ResolvedOption[], observed: Observed): number | null {
  const index = options.findIndex((o) => optionMatches(o.match, observed));
  return index < 0 ? null : index;
}

/** The listener a request observation's request reaches: the one on its port, else on the lowest port (MC17). */
function listenerFor(world: ScenarioSpec, port: number | null): string | null {
  const ports = world.listeners.map((l) => l.port);
  const wanted = port ?? (ports.length > 0 ? Math.min(...ports) : null);
  return world.listeners.find((l) => l.port === wanted)?.id ?? null;
}

/** `count` numbers `spread` apart with the answer among them, in a place fixed by the step (not always first). */
function around(answer: number, spread: number, count: number, key: string): number[] {
  const place = parseInt(stableHash64(key).slice(0, 8), 16) % count;
  const below = Math.min(place, Math.floor(answer / spread + 1e-9));
  return Array.from({ length: count }, (_, i) => Number((answer + (i - below) * spread).toFixed(3)));
}

export interface OptionContext {
  readonly world: ScenarioSpec;
  /** The answer the run will give if nobody acts (lookahead.ts); asked only for options { around }. */
  readonly lookahead: () => Observed;
  /** Fixes where the answer sits among computed numbers: the lesson's and the step's IDs. */
  readonly key: string;
}

export function resolveOptions(prediction: Prediction, ctx: OptionContext): ResolvedOption[] {
  const { observe, options } = prediction;
  const written = (match: OptionMatch, text: LensText | null): ResolvedOption => ({ match, text: text ?? optionText(match, observe, ctx.world) });
  switch (options.kind) {
    case 'written':
      return options.options.map((o) => written(o.match, o.text));
    case 'each': {
      const values: AnswerValue[] = [];
      if (options.of === 'rule') {
        const listener = observe.kind === 'request' ? listenerFor(ctx.world, observe.listenerPort) : null;
        const rules = ctx.world.rules.filter((r) => r.listenerId === listener).sort((a, b) => a.priority - b.priority);
        values.push(...rules.map((r) => r.id), 'default');
      } else values.push(...ctx.world.targetGroups.map((g) => g.id), null);
      return values.map((value) => ({ match: { kind: 'value', value }, text: answerText(value, observe, ctx.world) }));
    }
    case 'around': {
      const ahead = ctx.lookahead();
      if (!ahead.happened || typeof ahead.value !== 'number') {
        // Nothing to build numbers around: the question can still be answered "never".
        return [written({ kind: 'never' }, null), written({ kind: 'range', from: 0, to: null }, null)];
      }
      return around(ahead.value, options.spread, options.count, ctx.key).map((value) => written({ kind: 'value', value }, null));
    }
  }
}
