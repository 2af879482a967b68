/**
 * Scenarios keep their promises: a bundled scenario's description is made of claims, each a sentence the learner
 * reads and a check of it against the run. `describeClaims` asserts that the description is exactly the claims'
 * texts in order (so a sentence cannot change without its check, nor be added without one), then runs each check
 * against one headless run of the scenario, or against a variant of its template where a claim says what a change
 * would do ("a grace period of 120 s lets the tasks finish warming up").
 */
import { readFileSync } from 'node:fs';
import { createSimulation, type RequestCompletedEvent, type ScenarioSpec, type SimEvent, type Simulation, type WorldSnapshot } from '../../src/engine';
import { loadBundle, loadScenario } from '../../src/scenario';

export interface ScenarioRun {
  readonly spec: ScenarioSpec;
  /** Every event, requests included, in order. */
  readonly events: readonly SimEvent[];
  readonly requests: readonly RequestCompletedEvent[];
  /** The world at t = 0, after everything due then. */
  readonly atStart: WorldSnapshot;
  /** The simulation at the end of the run. */
  readonly sim: Simulation;
}

/** A sentence of the description and its check against the run. */
export type Claim = readonly [text: string, check: (run: ScenarioRun) => void];

export type Json = Record<string, unknown>;

/** Where a scenario comes from: one template in public/scenarios, or a bundle's files. */
export type ScenarioSource = { readonly file: string } | { readonly bundle: string; readonly files: readonly string[] };

const SCENARIOS = 'public/scenarios';

function texts(source: ScenarioSource): { name: string; text: string }[] {
  if ('file' in source) return [{ name: source.file, text: readFileSync(`${SCENARIOS}/${source.file}`, 'utf8') }];
  return source.files.map((name) => ({ name, text: readFileSync(`${SCENARIOS}/bundles/${source.bundle}/${name}`, 'utf8') }));
}

function specOf(files: readonly { name: string; text: string }[]): ScenarioSpec {
  const [only] = files;
  const result = files.length === 1 && only ? loadScenario(only.text, { fileName: only.name }) : loadBundle(files);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.resource} ${e.path}: ${e.message}`).join('\n'));
  return result.spec;
}

export function runSpec(spec: ScenarioSpec, untilSeconds: number): ScenarioRun {
  const sim = createSimulation(spec);
  const events: SimEvent[] = [];
  sim.subscribe((e) => events.push(e), { requests: true });
  sim.runUntil(0);
  const atStart = sim.snapshot();
  sim.runUntil(untilSeconds * 1000);
  return { spec, events, requests: events.filter((e): e is RequestCompletedEvent => e.type === 'request.completed'), atStart, sim };
}

/** The scenario's (JSON) template as plain data, changed by `change`, run for `untilSeconds`. */
export function runVariant(file: string, change: (template: Json) => void, untilSeconds: number): ScenarioRun {
  const template = JSON.parse(readFileSync(`${SCENARIOS}/${file}`, 'utf8')) as Json;
  change(template);
  return runSpec(specOf([{ name: file, text: JSON.stringify(template) }]), untilSeconds);
}

/** The Properties of a resource of a template, to change in a variant. */
export function properties(template: Json, logicalId: string): Json {
  return ((template.Resources as Json)[logicalId] as { Properties: Json }).Properties;
}

export function describeClaims(source: ScenarioSource, untilSeconds: number, claims: readonly Claim[]): void {
  const spec = specOf(texts(source));
  let cached: ScenarioRun | null = null;
  const run = (): ScenarioRun => (cached ??= runSpec(spec, untilSeconds));

  describe(`${spec.title}: what its description promises`, () => {
    it('the description is these claims, in order, and nothing else', () => {
      expect(spec.summary).toBe(claims.map(([text]) => text).join(' '));
    });
    for (const [text, check] of claims) it(text, () => check(run()));
  });
}

/** The time of the first event matching `match`, or undefined. */
export function firstAt(events: readonly SimEvent[], match: (event: SimEvent) => boolean): number | undefined {
  return events.find(match)?.t;
}

/** How many requests each key (of `key`) got, as a plain object for exact comparison. */
export function countBy(requests: readonly RequestCompletedEvent[], key: (r: RequestCompletedEvent) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of requests) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
  return counts;
}

/** Round robin over equal targets: no task of the group got more than one request more than another. */
export function sharedInTurn(requests: readonly RequestCompletedEvent[], tasks: readonly string[]): void {
  const counts = tasks.map((task) => requests.filter((r) => r.target === task).length);
  expect(Math.min(...counts)).toBeGreaterThan(0);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
}
