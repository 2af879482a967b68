/**
 * The runs whose event logs are kept byte for byte across refactors: every bundled scenario, every bundle, the six
 * shared examples, and a live session with faults and edits. Each run is the engine's JSON lines, requests included.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSimulation, type Command, type ScenarioSpec } from '../../src/engine';
import { loadBundle, loadScenario } from '../../src/scenario';

export interface GoldenRun {
  readonly name: string;
  readonly lines: () => string[];
}

function single(path: string, name: string): ScenarioSpec {
  const result = loadScenario(readFileSync(path, 'utf8'), { fileName: name });
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.spec;
}

function bundle(dir: string, files: readonly string[]): ScenarioSpec {
  const result = loadBundle(files.map((name) => ({ name, text: readFileSync(`${dir}/${name}`, 'utf8') })));
  if (!result.ok) throw new Error(`${dir}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.spec;
}

function scripted(spec: ScenarioSpec, untilMs: number): string[] {
  const sim = createSimulation(spec);
  const out: string[] = [];
  sim.subscribe((e) => out.push(JSON.stringify(e)), { requests: true });
  sim.runUntil(untilMs);
  return out;
}

/** Commands given live at these times, as the app gives them (advanceTo, then dispatch). */
function live(spec: ScenarioSpec, steps: readonly (readonly [number, Command])[], untilMs: number): string[] {
  const sim = createSimulation(spec);
  const out: string[] = [];
  sim.subscribe((e) => out.push(JSON.stringify(e)), { requests: true });
  for (const [atMs, command] of steps) {
    sim.advanceTo(atMs);
    sim.dispatch(command);
  }
  sim.runUntil(untilMs);
  return out;
}

const SCENARIOS = 'public/scenarios';
const EXAMPLES = 'test/scenario/fixtures/examples';

const scenarioFiles = (JSON.parse(readFileSync(`${SCENARIOS}/index.json`, 'utf8')) as { file: string }[]).map((s) => s.file);
const bundles = (JSON.parse(readFileSync(`${SCENARIOS}/bundles/index.json`, 'utf8')) as { bundles: { name: string; files: string[] }[] }).bundles;
const examples = [
  '01-parameters-and-sub.json',
  '02-legacy-field-values-ec2-bridge.json',
  '03-condition-config-forms.json',
  '04-weighted-forward.json',
  '05-http-to-https-redirect.json',
  '06-full-stack-with-unsimulated-resources.json',
];

/** Busy worlds run shorter: the point is every kind of event, not hours of requests. */
const untilFor = (name: string): number => (name.startsWith('big-') ? 120_000 : 600_000);

/** A live session on the default scenario: faults, a desired count, deploys, an edit of every family, an undo-like edit. */
export function sessionWithEditsRun(): { spec: ScenarioSpec; steps: readonly (readonly [number, Command])[]; untilMs: number } {
  const spec = single(`${SCENARIOS}/default.json`, 'default.json');
  const tg = spec.targetGroups[0]!;
  const service = spec.services[0]!;
  const td = spec.taskDefinitions.find((t) => t.id === service.taskDefinitionId)!;
  const listener = spec.listeners.find((l) => l.port === 443) ?? spec.listeners[0]!;
  const steps: (readonly [number, Command])[] = [
    [31_337, { do: 'crashTask', task: 'UsersService-1' }],
    [43_338, { do: 'failHealthChecks', task: 'AuthService-2', status: 302 }],
    [63_338, { do: 'modifyTargetGroup', targetGroup: tg.id, deregistrationDelaySeconds: 5 }],
    [71_115, { do: 'setDesiredCount', service: 'DashboardService', count: 4 }],
    [71_115, { do: 'deploy', service: 'UsersService', image: 'example/users:2', responses: [{ pattern: '/', status: 302 }] }],
    [74_115, { do: 'updateService', service: 'UsersService', taskDefinition: td.id }],
    [90_000, { do: 'createTargetGroup', targetGroup: { ...tg, id: 'ReportsTargets', name: 'reports-tg', arn: `${tg.arn.replace(/targetgroup\/[^/]+/, 'targetgroup/reports-tg')}` } }],
    [90_000, { do: 'createRule', rule: { id: 'ReportsRule', listenerId: listener.id, priority: 5, conditions: [{ field: 'path-pattern', values: ['/api/reports*'] }], actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'ReportsTargets', weight: 1 }] }] } as never }],
    [90_000, { do: 'createService', service: { ...service, id: 'ReportsService', name: 'reports', desiredCount: 2, loadBalancers: [{ ...service.loadBalancers[0]!, targetGroupId: 'ReportsTargets' }] } }],
    [95_000, { do: 'setTraffic', rate: 20, mix: [{ path: '/api/reports/1', listenerPort: listener.port }, { path: '/api/users/1', listenerPort: listener.port }] }],
    [240_000, { do: 'modifyRule', rule: 'ReportsRule', priority: 7 }],
    [300_000, { do: 'stopTask', task: 'ReportsService-1' }],
    [320_000, { do: 'deleteService', service: 'ReportsService' }],
    [330_000, { do: 'recoverTask', task: 'AuthService-2' }],
  ];
  return { spec, steps, untilMs: 600_000 };
}

function sessionWithEdits(): string[] {
  const { spec, steps, untilMs } = sessionWithEditsRun();
  return live(spec, steps, untilMs);
}

/** Every scripted world the golden logs cover (scenarios, bundles, examples), with how long each runs. */
export function scriptedWorlds(): { name: string; spec: () => ScenarioSpec; untilMs: number }[] {
  return [
    ...scenarioFiles.map((file) => ({ name: `scenario ${file}`, spec: () => single(`${SCENARIOS}/${file}`, file), untilMs: untilFor(file) })),
    ...bundles.map((b) => ({ name: `bundle ${b.name}`, spec: () => bundle(`${SCENARIOS}/bundles/${b.name}`, b.files), untilMs: 600_000 })),
    ...examples.map((file) => ({ name: `example ${file}`, spec: () => single(`${EXAMPLES}/${file}`, file), untilMs: 600_000 })),
  ];
}

export const goldenRuns: GoldenRun[] = [
  ...scenarioFiles.map((file) => ({ name: `scenario ${file}`, lines: () => scripted(single(`${SCENARIOS}/${file}`, file), untilFor(file)) })),
  ...bundles.map((b) => ({ name: `bundle ${b.name}`, lines: () => scripted(bundle(`${SCENARIOS}/bundles/${b.name}`, b.files), 600_000) })),
  // The examples carry no traffic of their own, so the loader's default (a request per path each rule matches) exercises their rules.
  ...examples.map((file) => ({ name: `example ${file}`, lines: () => scripted(single(`${EXAMPLES}/${file}`, file), 600_000) })),
  { name: 'session with edits', lines: sessionWithEdits },
];

export interface GoldenDigest {
  readonly lines: number;
  readonly sha256: string;
}

export function digest(lines: readonly string[]): GoldenDigest {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line + '\n');
  return { lines: lines.length, sha256: hash.digest('hex') };
}
