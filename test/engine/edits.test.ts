/**
 * Edit commands change the world live: a service created at 100 s lives exactly the life a service present from
 * the start lives, 100 s later; a rule created now routes the next request; a deleted service drains for the
 * deregistration delay and stops; a script with edits replays like the same edits dispatched live.
 */
import type { Command, ScenarioSpec, ServiceSpec } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at, launchSequence, requestAt, requests, statusTimeline, stopSequence, targetTimeline } from '../support/timeline';

/** A world with Web on /web*, plus Orders' task definition and target group with no service and no rule yet. */
function baseWorld(extra: Partial<ScenarioSpec> = {}): ScenarioSpec {
  const both = world({ services: [{ id: 'Web', path: '/web*' }, { id: 'Orders', path: '/orders*' }] });
  return {
    ...both,
    services: both.services.filter((s) => s.id === 'Web'),
    rules: both.rules.filter((r) => r.id === 'WebRule'),
    ...extra,
  };
}

const full = world({ services: [{ id: 'Web', path: '/web*' }, { id: 'Orders', path: '/orders*' }] });
const ordersService: ServiceSpec = full.services.find((s) => s.id === 'Orders')!;
const ordersRule = full.rules.find((r) => r.id === 'OrdersRule')!;

const shift = (timeline: [string, number][], ms: number) => timeline.map(([state, t]) => [state, t + ms]);

describe('createService and createRule, live', () => {
  it('a service created at 100 s lives the life of one present from the start, 100 s later', () => {
    const spec = baseWorld({ script: [at(100, { do: 'createRule', rule: ordersRule }), at(100, { do: 'createService', service: ordersService })] });
    const { events } = run(spec, 400);
    const reference = run(full, 300).events;
    expect(statusTimeline(events, 'Orders-1')).toEqual(launchSequence(100_000));
    expect(targetTimeline(events, 'Orders-1')).toEqual(shift(targetTimeline(reference, 'Orders-1'), 100_000));
    // Registered at ACTIVATING (110 s); healthy after 5 checks 30 s apart, the first one an interval later.
    expect(targetTimeline(events, 'Orders-1')).toEqual([['initial', 110_000], ['healthy', 260_000]]);
    expect(ofType(events, 'command.applied').map((e) => [e.t, e.command.do])).toEqual([[100_000, 'createRule'], [100_000, 'createService']]);
  });

  it('the new rule routes the next request to the new service', () => {
    const spec = baseWorld({
      script: [
        requestAt(50, '/orders/1'),
        at(100, { do: 'createRule', rule: ordersRule }),
        at(100, { do: 'createService', service: ordersService }),
        requestAt(300, '/orders/1'),
      ],
    });
    const served = requests(run(spec, 301).events).map((r) => [r.t, r.status, r.target]);
    // Before the rule: the listener's default, a fixed 404. After: Orders-1 answers.
    expect(served[0]).toEqual([50_000, 404, null]);
    expect(served[1]?.[1]).toBe(200);
    expect(served[1]?.[2]).toBe('Orders-1');
  });

  it('a script with edits replays exactly like the same edits dispatched live', () => {
    const edits: [number, Command][] = [
      [100, { do: 'createRule', rule: ordersRule }],
      [100, { do: 'createService', service: ordersService }],
      [200, { do: 'modifyRule', rule: 'OrdersRule', priority: 5 }],
      [250, { do: 'modifyTargetGroup', targetGroup: 'OrdersTargets', deregistrationDelaySeconds: 10 }],
      [300, { do: 'deleteService', service: 'Orders' }],
    ];
    const traffic = { rate: 5, mix: [{ path: '/orders/1' }, { path: '/web/1' }] };
    const scripted = run(baseWorld({ traffic, script: edits.map(([t, c]) => at(t, c)) }), 500).events;
    const live = createSimulation(baseWorld({ traffic }));
    const liveEvents: unknown[] = [];
    live.subscribe((e) => liveEvents.push(e), { requests: true });
    for (const [t, command] of edits) {
      live.advanceTo(t * 1000);
      live.dispatch(command);
    }
    live.runUntil(500_000);
    expect(JSON.stringify(liveEvents)).toBe(JSON.stringify(scripted));
  });
});

describe('deleteService (force): scale to 0, drain, stop, gone', () => {
  it('drains for the deregistration delay, stops, and leaves the snapshot', () => {
    const spec = world({ services: [{ id: 'Web', path: '/web*', deregistrationDelaySeconds: 60 }], script: [at(300, { do: 'deleteService', service: 'Web' })] });
    const { sim, events } = run(spec, 400);
    // Deregistered at 300 s, drains 60 s, the app exits in 2 s (MC12).
    expect(statusTimeline(events, 'Web-1').slice(-4)).toEqual(stopSequence(300_000, 60_000, 2_000));
    expect(sim.snapshot().services).toEqual([]);
    expect(sim.world().services).toEqual([]);
  });

  it('shows the service DRAINING while its task drains', () => {
    const spec = world({ services: [{ id: 'Web', path: '/web*' }], script: [at(300, { do: 'deleteService', service: 'Web' })] });
    const { sim } = run(spec, 310);
    expect(sim.snapshot().services.map((s) => [s.id, s.status, s.desiredCount])).toEqual([['Web', 'DRAINING', 0]]);
  });

  it('a service created again with the same ID continues its task numbers (no ID is reused)', () => {
    const web = world({ services: [{ id: 'Web', path: '/web*', deregistrationDelaySeconds: 60 }] });
    const spec = { ...web, script: [at(300, { do: 'deleteService', service: 'Web' }), at(310, { do: 'createService', service: web.services[0]! })] };
    const { events } = run(spec, 330);
    expect(ofType(events, 'task.status').filter((e) => e.from === null).map((e) => [e.task, e.t])).toEqual([['Web-1', 0], ['Web-2', 310_000]]);
  });
});

describe('changes to the load balancer apply from the next request or check', () => {
  it('modifyTargetGroup: a new interval applies from the check after the next', () => {
    const spec = world({
      services: [{ id: 'Web', path: '/web*', healthCheck: { intervalSeconds: 30, healthyThreshold: 2 } }],
      script: [at(20, { do: 'modifyTargetGroup', targetGroup: 'WebTargets', healthCheck: { ...full.targetGroups[0]!.healthCheck, intervalSeconds: 10, healthyThreshold: 2 } })],
    });
    // Registered at 10 s; the first check was already due at 40 s; the next comes 10 s after it: healthy at 50 s.
    expect(targetTimeline(run(spec, 100).events, 'Web-1')).toEqual([['initial', 10_000], ['healthy', 50_000]]);
  });

  it('modifyRule: a lower priority number wins from then on', () => {
    const spec = world({
      services: [{ id: 'Web', path: '/api*' }, { id: 'Api', path: '/api/v2*' }],
      script: [requestAt(300, '/api/v2/x'), at(301, { do: 'modifyRule', rule: 'ApiRule', priority: 5 }), requestAt(302, '/api/v2/x')],
    });
    expect(requests(run(spec, 303).events).map((r) => r.target)).toEqual(['Web-1', 'Api-1']);
  });

  it('deleteListener takes its rules; a request on its port then has no listener', () => {
    const spec = world({ services: [{ id: 'Web', path: '/web*' }], script: [at(100, { do: 'deleteListener', listener: 'Listener' }), requestAt(101, '/web')] });
    const { sim, events } = run(spec, 102);
    expect(sim.world().rules).toEqual([]);
    expect(ofType(events, 'command.rejected').map((e) => [e.t, e.command.do, e.reason])).toEqual([[101_000, 'request', 'no listener on port (default)']]);
  });

  it('an edit the API refuses is command.rejected and changes nothing', () => {
    const spec = world({
      services: [{ id: 'Web', path: '/web*' }, { id: 'Api', path: '/api*' }],
      script: [at(10, { do: 'modifyRule', rule: 'ApiRule', priority: 10 }), at(10, { do: 'deleteTargetGroup', targetGroup: 'WebTargets' })],
    });
    const { sim, events } = run(spec, 11);
    expect(ofType(events, 'command.rejected').map((e) => e.reason)).toEqual([
      "PriorityInUse: Priority '10' is currently in use",
      "ResourceInUse: Target group 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0000000000000000' is currently in use by a listener or a rule",
    ]);
    expect(sim.world()).toEqual({ ...spec, script: [] });
  });
});

describe('world() follows every change to the configuration', () => {
  it('desired count, traffic, deploy and UpdateService', () => {
    const spec = world({
      services: [{ id: 'Web', path: '/web*' }],
      script: [
        at(10, { do: 'setDesiredCount', service: 'Web', count: 3 }),
        at(20, { do: 'setTraffic', rate: 7, mix: [{ path: '/web' }] }),
        at(30, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
        at(40, { do: 'updateService', service: 'Web', healthCheckGracePeriodSeconds: 60 }),
      ],
    });
    const { sim } = run(spec, 50);
    const w = sim.world();
    expect(w.services[0]).toMatchObject({ desiredCount: 3, taskDefinitionId: 'WebTaskRev2', healthCheckGracePeriodSeconds: 60 });
    expect(w.taskDefinitions.map((t) => [t.id, `${t.family}:${t.revision}`, t.containers[0]!.image])).toEqual([
      ['WebTaskDef', 'web:1', 'example/web:1'],
      ['WebTaskRev2', 'web:2', 'example/web:2'],
    ]);
    expect(w.traffic).toEqual({ rate: 7, mix: [{ path: '/web' }] });
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.status, d.taskDefinition])).toEqual([['PRIMARY', 'web:2'], ['ACTIVE', 'web:1']]);
  });

  it('updateService to another registered revision starts a rolling deployment', () => {
    const base = world({ services: [{ id: 'Web', path: '/web*' }] });
    const td = { ...base.taskDefinitions[0]!, id: 'WebTaskDef2', revision: 2 };
    const spec = { ...base, script: [at(10, { do: 'registerTaskDefinition', taskDefinition: td } as const), at(10, { do: 'updateService', service: 'Web', taskDefinition: 'WebTaskDef2' } as const)] };
    const { sim, events } = run(spec, 12);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.status, d.taskDefinition])).toEqual([['PRIMARY', 'web:2'], ['ACTIVE', 'web:1']]);
    expect(ofType(events, 'task.status').filter((e) => e.from === null).map((e) => [e.task, e.t])).toEqual([['Web-1', 0], ['Web-2', 10_000]]);
  });
});

describe('a service created again while its deleted namesake drains', () => {
  it('takes the record back: one service with that ID, old tasks still leaving, new ones numbered on', () => {
    const web = world({ services: [{ id: 'Web', path: '/web*', deregistrationDelaySeconds: 60 }] });
    const spec = { ...web, script: [at(300, { do: 'deleteService', service: 'Web' }), at(310, { do: 'createService', service: web.services[0]! })] };
    const { sim, events } = run(spec, 320);
    expect(sim.snapshot().services.map((s) => [s.id, s.status, s.desiredCount])).toEqual([['Web', 'ACTIVE', 1]]);
    expect(sim.snapshot().tasks.map((t) => [t.id, t.desiredStatus])).toEqual([['Web-1', 'STOPPED'], ['Web-2', 'RUNNING']]);
    expect(ofType(events, 'task.status').filter((e) => e.from === null).map((e) => [e.task, e.t])).toEqual([['Web-1', 0], ['Web-2', 310_000]]);
  });
});

describe('several commands in one millisecond', () => {
  it('log the same lines in the same order dispatched live as in a script', () => {
    const commands: Command[] = [
      { do: 'stopTask', task: 'Web-1' },
      { do: 'setDesiredCount', service: 'Web', count: 1 },
      { do: 'stopTask', task: 'Web-2' },
    ];
    const base = world({ services: [{ id: 'Web', path: '/web*', desiredCount: 3 }] });
    const scripted = run({ ...base, script: commands.map((c) => at(200, c)) }, 400).events;
    const live = createSimulation(base);
    const liveEvents: unknown[] = [];
    live.subscribe((e) => liveEvents.push(e), { requests: true });
    live.advanceTo(200_000);
    for (const command of commands) live.dispatch(command);
    live.runUntil(400_000);
    expect(ofType(scripted, 'service.event').filter((e) => e.t === 200_000).length).toBeGreaterThan(1);
    expect(JSON.stringify(liveEvents)).toBe(JSON.stringify(scripted));
  });
});
