/**
 * The command registry (src/engine/commands): every command is one module, and everything that handles commands
 * reads it. This walks it: each command has a schema, a check, an inverse or the reason it has none, words in both
 * lenses, and survives a script round trip; `Simulation.check` agrees with dispatch; and a command or a phrase book
 * missing a part does not compile.
 */
import type { Command, CommandName, CommandNamed, CommandRegistry, CrashTaskCommand } from '../../src/engine/commands';
import { COMMAND_NAMES, commandDefinitions, definitionOf, EDIT_COMMAND_NAMES } from '../../src/engine/commands';
import { commandSchemas, type CommandSchemas } from '../../src/engine/commands/schemas';
import type { OperationDefinition } from '../../src/engine/commands/definition';
import { createSimulation, type ScenarioSpec, type SimEvent, type Simulation } from '../../src/engine';
import { editWorld } from '../../src/engine/edits/worldEdits';
import { buildNarrationContext, narrate } from '../../src/lens/narration';
import type { Phrasebook } from '../../src/lens/commandNarration';
import type { EditPhrasebook } from '../../src/lens/editNarration';
import { scriptEntryJson } from '../../src/scenario/export/exportScript';
import { IssueSink } from '../../src/scenario/issueSink';
import { parseScript, scriptEntrySchemas } from '../../src/scenario/script';
import { validateScriptAndTraffic } from '../../src/scenario/validate/scriptReferences';
import { world } from '../support/world';

const base: ScenarioSpec = world({
  services: [
    { id: 'Web', desiredCount: 2, path: '/web*' },
    { id: 'Api', path: '/api*', ec2: {} },
  ],
  instances: { count: 2 },
  traffic: { rate: 2, mix: [{ path: '/web' }] },
});
const webTd = base.taskDefinitions[0]!;
const web = base.services[0]!;
const webTg = base.targetGroups[0]!;
const webRule = base.rules[0]!;
const listener = base.listeners[0]!;
const instance = base.clusters[0]!.instances[0]!.id;

/** One command of each kind, each one the world above allows at 60 s. Typed by name: a new command needs one here. */
const SAMPLES: { readonly [Name in CommandName]: CommandNamed<Name> } = {
  request: { do: 'request', method: 'POST', path: '/web/orders', query: 'page=2', headers: { 'x-trace': '7' }, listenerPort: 80 },
  crashTask: { do: 'crashTask', task: 'Web-1' },
  failHealthChecks: { do: 'failHealthChecks', task: 'Web-1', status: 503 },
  recoverTask: { do: 'recoverTask', task: 'Web-1' },
  stopTask: { do: 'stopTask', task: 'Web-2' },
  slowTask: { do: 'slowTask', task: 'Web-2', latencyMs: 800 },
  refuseConnections: { do: 'refuseConnections', task: 'Web-2' },
  setDesiredCount: { do: 'setDesiredCount', service: 'Web', count: 4 },
  setTraffic: { do: 'setTraffic', rate: 7, mix: [{ path: '/api/x', weight: 2, listenerPort: 80 }] },
  deploy: { do: 'deploy', service: 'Web', image: 'example/web:2', latencyMs: 50, responses: [{ pattern: '/', status: 302 }] },
  forceNewDeployment: { do: 'forceNewDeployment', service: 'Api' },
  drainInstance: { do: 'drainInstance', instance },
  stopInstance: { do: 'stopInstance', instance },
  removeInstance: { do: 'removeInstance', instance },
  addInstances: { do: 'addInstances', cluster: 'Cluster', count: 2, instanceType: 'm5.large' },
  createCluster: { do: 'createCluster', cluster: { id: 'Batch', name: 'batch', instances: [] } },
  deleteCluster: { do: 'deleteCluster', cluster: 'Batch' },
  registerTaskDefinition: { do: 'registerTaskDefinition', taskDefinition: { ...webTd, id: 'WebTaskRev2', revision: 2 } },
  deregisterTaskDefinition: { do: 'deregisterTaskDefinition', taskDefinition: 'WebTaskRev2' },
  createService: { do: 'createService', service: { ...web, id: 'Reports', name: 'reports', loadBalancers: [] } },
  updateService: { do: 'updateService', service: 'Web', desiredCount: 3, healthCheckGracePeriodSeconds: 30 },
  deleteService: { do: 'deleteService', service: 'Api' },
  createTargetGroup: { do: 'createTargetGroup', targetGroup: { ...webTg, id: 'ReportsTargets', name: 'reports-tg', arn: webTg.arn.replace('web-tg', 'reports-tg') } },
  modifyTargetGroup: { do: 'modifyTargetGroup', targetGroup: 'WebTargets', deregistrationDelaySeconds: 5 },
  deleteTargetGroup: { do: 'deleteTargetGroup', targetGroup: 'ReportsTargets' },
  createListener: { do: 'createListener', listener: { ...listener, id: 'Listener8080', port: 8080 } },
  modifyListener: { do: 'modifyListener', listener: 'Listener8080', port: 8081 },
  deleteListener: { do: 'deleteListener', listener: 'Listener8080' },
  createRule: { do: 'createRule', rule: { ...webRule, id: 'ReportsRule', priority: 40, conditions: [{ field: 'path-pattern', values: ['/reports*'] }] } },
  modifyRule: { do: 'modifyRule', rule: 'WebRule', priority: 41 },
  deleteRule: { do: 'deleteRule', rule: 'WebRule' },
  spikeTraffic: { do: 'spikeTraffic', rate: 40, seconds: 120 },
  updateTaskProtection: { do: 'updateTaskProtection', tasks: ['Web-1', 'Web-2'], protectionEnabled: true, expiresInMinutes: 30 },
  registerScalableTarget: { do: 'registerScalableTarget', service: 'Web', minCapacity: 1, maxCapacity: 6 },
  putScalingPolicy: {
    do: 'putScalingPolicy',
    service: 'Web',
    policy: {
      type: 'TargetTrackingScaling', name: 'web-cpu-60', metric: 'ECSServiceAverageCPUUtilization', resourceLabel: null, targetGroupId: null,
      targetValue: 60, scaleOutCooldownSeconds: 60, scaleInCooldownSeconds: 120, disableScaleIn: false,
    },
  },
  deleteScalingPolicy: { do: 'deleteScalingPolicy', service: 'Web', policyName: 'web-cpu-60' },
  deregisterScalableTarget: { do: 'deregisterScalableTarget', service: 'Web' },
};

const samples = COMMAND_NAMES.map((name) => [name, SAMPLES[name]] as const);

/** The world with what the samples create, so each delete or modify finds what it names. */
const withCreated = [SAMPLES.createCluster, SAMPLES.registerTaskDefinition, SAMPLES.createTargetGroup, SAMPLES.createListener, SAMPLES.registerScalableTarget, SAMPLES.putScalingPolicy].reduce((w, command) => {
  const edit = editWorld(w, command);
  if (!edit.ok) throw new Error(edit.reason);
  return edit.world;
}, base);

describe('the registry', () => {
  it('is the one list of commands: scripts, edits and the names all come from it', () => {
    expect(COMMAND_NAMES).toEqual(Object.keys(commandDefinitions));
    expect(Object.keys(commandSchemas)).toEqual(COMMAND_NAMES);
    expect(Object.keys(scriptEntrySchemas)).toEqual(COMMAND_NAMES);
    expect(Object.keys(SAMPLES).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(EDIT_COMMAND_NAMES).toEqual(COMMAND_NAMES.filter((name) => commandDefinitions[name].kind === 'edit'));
    expect(EDIT_COMMAND_NAMES).toHaveLength(20);
    expect(COMMAND_NAMES).toHaveLength(37);
  });

  it.each(samples)('%s has a schema that reads it, a check, and an inverse or the reason it has none', (name, sample) => {
    const definition = definitionOf(sample);
    const schema = commandSchemas[name];
    const parsed = schema.safeParse(definition.written ? definition.written.write(sample) : sample);
    expect(parsed.success).toBe(true);
    expect(schema.safeParse({ ...sample, do: name === 'request' ? 'crashTask' : 'request' }).success).toBe(false);
    const check = definition.kind === 'operation' ? 'prepare' : definition.kind === 'edit' ? 'edit' : 'compile';
    expect(definition).toHaveProperty(check, expect.any(Function));
    if (typeof definition.inverse === 'function') expect(definition.inverse(withCreated, sample as never)?.length).toBeGreaterThan(0);
    else expect(definition.inverse.none).toMatch(/^[A-Z].{20,}[.;:a-z]$/);
  });

  it.each(samples)('%s has its own words in both lenses', (_name, sample) => {
    const ctx = buildNarrationContext(base);
    const event: SimEvent = { t: 1, type: 'command.applied', command: sample };
    const rejected: SimEvent = { t: 1, type: 'command.rejected', command: sample, reason: 'because' };
    const aws = [narrate(event, 'aws', ctx)?.text, narrate(rejected, 'aws', ctx)?.text];
    const orchestra = [narrate(event, 'orchestra', ctx)?.text, narrate(rejected, 'orchestra', ctx)?.text];
    for (const text of [...aws, ...orchestra]) expect(text).toMatch(/^[A-Z].{12,}/);
    expect(aws[0]).not.toBe(orchestra[0]);
    expect(aws[1]).not.toBe(orchestra[1]);
    expect(aws[1]).toMatch(/^Could not .+: because$/);
  });

  it.each(samples)('%s survives a script round trip, byte for byte', (_name, sample) => {
    const written = JSON.parse(JSON.stringify(scriptEntryJson({ at: 12.5, command: sample }))) as Record<string, unknown>;
    expect(Object.keys(written).slice(0, 2)).toEqual(['at', 'do']);
    const sink = new IssueSink();
    const { entries } = parseScript([written], sink);
    expect(sink.errors).toEqual([]);
    expect(entries).toEqual([{ at: 12.5, command: sample }]);
    expect(JSON.stringify(entries[0]?.command)).toBe(JSON.stringify(sample));
  });

  it.each(samples.filter(([name]) => commandDefinitions[name].kind !== 'edit'))('%s names only what the loader can find', (_name, sample) => {
    const sink = new IssueSink();
    validateScriptAndTraffic({ ...base, script: [{ at: 1, command: sample }] }, [0], sink);
    expect(sink.errors).toEqual([]);
  });

  it('a command missing a part, its schema, or words, does not compile', () => {
    const withoutCrash: Omit<CommandRegistry, 'crashTask'> = commandDefinitions;
    // @ts-expect-error a registry without crashTask's module
    const registry: CommandRegistry = withoutCrash;
    // @ts-expect-error an operation without its inverse (or why it has none)
    const noInverse: OperationDefinition<CrashTaskCommand> = { kind: 'operation', references: () => [], prepare: () => () => {} };
    const withoutCrashSchema: Omit<CommandSchemas, 'crashTask'> = commandSchemas;
    // @ts-expect-error schemas without crashTask's
    const schemas: CommandSchemas = withoutCrashSchema;
    // @ts-expect-error a schema that reads another command
    const wrongSchema: CommandSchemas = { ...commandSchemas, crashTask: commandSchemas.stopTask };
    const fewerWords = {} as Omit<Phrasebook, 'crashTask'>;
    // @ts-expect-error a phrase book without crashTask's words
    const book: Phrasebook = fewerWords;
    const fewerEdits = {} as Omit<EditPhrasebook, 'deleteRule'>;
    // @ts-expect-error a phrase book without deleteRule's words
    const edits: EditPhrasebook = fewerEdits;
    expect([registry, noInverse, schemas, wrongSchema, book, edits]).toHaveLength(6);
  });
});

/** The event dispatch logs for a command: applied or rejected, with the reason. */
function dispatched(sim: Simulation, command: Command): SimEvent | undefined {
  const seen: SimEvent[] = [];
  const stop = sim.subscribe((e) => seen.push(e));
  sim.dispatch(command);
  stop();
  return seen.find((e) => (e.type === 'command.applied' || e.type === 'command.rejected') && e.command === command);
}

/** Refused ones too: something of each kind the world says no to, in its own words. */
const REFUSED: readonly Command[] = [
  { do: 'crashTask', task: 'Web-99' },
  { do: 'recoverTask', task: 'Web-1' },
  { do: 'request', listenerPort: 9999 },
  { do: 'setDesiredCount', service: 'Web', count: -1 },
  { do: 'setTraffic', rate: -3 },
  { do: 'deploy', service: 'Nope' },
  { do: 'addInstances', cluster: 'Cluster', count: 0 },
  { do: 'drainInstance', instance: 'i-00000000000000000' },
  { do: 'deleteCluster', cluster: 'Cluster' },
  { do: 'createRule', rule: { ...webRule, id: 'Clash' } },
  { do: 'deleteTargetGroup', targetGroup: 'WebTargets' },
];

describe('Simulation.check agrees with dispatch', () => {
  const worlds = { base, 'with what the samples create': withCreated };
  const moments = [5_000, 60_000];
  const cases = (Object.keys(worlds) as (keyof typeof worlds)[]).flatMap((name) =>
    moments.flatMap((t) => [...samples.map(([, c]) => c), ...REFUSED].map((command) => [name, t, command.do, command] as const)),
  );

  it.each(cases)('%s, at %i ms: %s', (worldName, t, _name, command) => {
    const sim = createSimulation(worlds[worldName]);
    sim.advanceTo(t);
    const version = sim.snapshot().version;
    const configuration = sim.world();
    const verdict = sim.check(command);
    // Asking changes nothing.
    expect(sim.snapshot().version).toBe(version);
    expect(sim.world()).toBe(configuration);
    const event = dispatched(sim, command);
    if (verdict.allowed) expect(event?.type).toBe('command.applied');
    else expect(event).toEqual({ t, type: 'command.rejected', command, reason: verdict.reason });
  });

  it('the samples above meet both answers', () => {
    const refused = (spec: ScenarioSpec, t: number) => {
      const sim = createSimulation(spec);
      sim.advanceTo(t);
      return samples.filter(([, command]) => !sim.check(command).allowed).map(([name]) => name);
    };
    // The scaling calls that need a scalable target are refused before registerScalableTarget (ObjectNotFoundException).
    const missing = ['deleteCluster', 'deregisterTaskDefinition', 'deleteTargetGroup', 'modifyListener', 'deleteListener', 'deregisterScalableTarget', 'putScalingPolicy', 'deleteScalingPolicy'];
    expect(refused(base, 60_000)).toEqual(['recoverTask', ...missing]);
    expect(refused(base, 5_000)).toEqual(['crashTask', 'recoverTask', ...missing]);
    expect(refused(withCreated, 60_000)).toEqual(['recoverTask', 'createCluster', 'registerTaskDefinition', 'createTargetGroup', 'createListener']);
  });

  it('answers in AWS words and code where AWS has them, the engine words where it has none', () => {
    const sim = createSimulation(base);
    sim.advanceTo(60_000);
    expect(sim.check({ do: 'deleteTargetGroup', targetGroup: 'WebTargets' })).toEqual({
      allowed: false,
      code: 'ResourceInUse',
      reason: `ResourceInUse: Target group '${webTg.arn}' is currently in use by a listener or a rule`,
    });
    expect(sim.check({ do: 'setDesiredCount', service: 'Nope', count: 1 })).toEqual({
      allowed: false,
      code: 'ServiceNotFoundException',
      reason: 'ServiceNotFoundException: Service not found.',
    });
    expect(sim.check({ do: 'crashTask', task: 'Web-99' })).toEqual({ allowed: false, code: null, reason: 'no task named Web-99' });
    expect(sim.check(SAMPLES.crashTask)).toEqual({ allowed: true });
    sim.dispatch(SAMPLES.crashTask);
    expect(sim.check(SAMPLES.crashTask)).toEqual({ allowed: false, code: null, reason: 'task Web-1 is already stopping' });
  });
});

