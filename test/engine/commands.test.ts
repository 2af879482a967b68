/**
 * Commands (MC18, MC20): what each does, and command.rejected for what names nothing that can act.
 */
import type { Command } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at, launched, requestAt, requests, statusTimeline, stopSequence } from '../support/timeline';

const rejectionsOf = (events: Parameters<typeof ofType>[0]) => ofType(events, 'command.rejected').map((e) => [e.t, e.command.do, e.reason]);

describe('command.rejected (MC18)', () => {
  it('for a task that does not exist, with the reason', () => {
    const commands: Command[] = [
      { do: 'crashTask', task: 'Web-99' },
      { do: 'stopTask', task: 'Web-99' },
      { do: 'failHealthChecks', task: 'Web-99' },
      { do: 'recoverTask', task: 'Web-99' },
      { do: 'slowTask', task: 'Web-99' },
    ];
    const { events } = run(world({ services: [{ id: 'Web' }], script: commands.map((c) => at(100, c)) }), 101);
    expect(rejectionsOf(events)).toEqual(commands.map((c) => [100_000, c.do, 'no task named Web-99']));
    expect(ofType(events, 'command.applied')).toEqual([]);
    expect(ofType(events, 'command.rejected')[0]).toEqual({
      t: 100_000,
      type: 'command.rejected',
      command: { do: 'crashTask', task: 'Web-99' },
      reason: 'no task named Web-99',
    });
  });

  it('for a task that has stopped, and it changes nothing', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web' }],
        script: [at(100, { do: 'stopTask', task: 'Web-1' }), at(500, { do: 'failHealthChecks', task: 'Web-1' }), at(500, { do: 'crashTask', task: 'Web-1' })],
      }),
      600,
    );
    expect(rejectionsOf(events)).toEqual([
      [500_000, 'failHealthChecks', 'task Web-1 has stopped'],
      [500_000, 'crashTask', 'task Web-1 has stopped'],
    ]);
    expect(ofType(events, 'task.status').filter((e) => e.t === 500_000)).toEqual([]);
  });

  it('for a service that does not exist', () => {
    const commands: Command[] = [
      { do: 'setDesiredCount', service: 'Nope', count: 2 },
      { do: 'deploy', service: 'Nope', image: 'x:2' },
      { do: 'forceNewDeployment', service: 'Nope' },
    ];
    const { events } = run(world({ services: [{ id: 'Web' }], script: commands.map((c) => at(50, c)) }), 51);
    // They are UpdateService (and RegisterTaskDefinition) under other names, refused in the ECS API's words.
    expect(rejectionsOf(events)).toEqual(commands.map((c) => [50_000, c.do, 'ServiceNotFoundException: Service not found.']));
  });

  it('engine reasons where the spec is silent: crash before the containers run, stop twice, no container check, bad count, no listener', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web' }],
        script: [
          at(1, { do: 'crashTask', task: 'Web-1' }),
          at(1, { do: 'failHealthChecks', task: 'Web-1', container: true }),
          at(1, { do: 'setDesiredCount', service: 'Web', count: -1 }),
          at(1, { do: 'request', path: '/web', listenerPort: 8080 }),
          at(200, { do: 'stopTask', task: 'Web-1' }),
          at(201, { do: 'stopTask', task: 'Web-1' }),
        ],
      }),
      202,
    );
    expect(rejectionsOf(events)).toEqual([
      [1000, 'crashTask', 'task Web-1 is PROVISIONING: its containers are not running yet'],
      [1000, 'failHealthChecks', 'task Web-1 has no container health check'],
      [1000, 'setDesiredCount', 'InvalidParameterException: The desired count must be a whole number, 0 or more.'],
      [1000, 'request', 'no listener on port 8080'],
      [201_000, 'stopTask', 'task Web-1 is already stopping'],
    ]);
  });
});

describe('stopTask (MC18)', () => {
  const { events } = run(world({ services: [{ id: 'Web' }], script: [at(200, { do: 'stopTask', task: 'Web-1' })] }), 600);

  it('is applied first, then stops the task as UserInitiated / "Task stopped by user"', () => {
    const at200 = events.filter((e) => e.t === 200_000);
    expect(at200[0]).toEqual({ t: 200_000, type: 'command.applied', command: { do: 'stopTask', task: 'Web-1' } });
    const stopping = ofType(events, 'task.status').filter((e) => e.task === 'Web-1' && e.t >= 200_000);
    expect(stopping.map((e) => [e.to, e.t, e.stopCode, e.stoppedReason])).toEqual([
      ['DEACTIVATING', 200_000, 'UserInitiated', 'Task stopped by user'],
      ['STOPPING', 500_000, 'UserInitiated', 'Task stopped by user'],
      ['DEPROVISIONING', 502_000, 'UserInitiated', 'Task stopped by user'],
      ['STOPPED', 504_000, 'UserInitiated', 'Task stopped by user'],
    ]);
  });

  it('the service replaces the task at once (fact 21)', () => {
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 200_000],
    ]);
  });
});

describe('an app that ignores SIGTERM (fact 11, MC12)', () => {
  it('is killed at the 30 s stopTimeout: STOPPING lasts 30 s', () => {
    const { events } = run(world({ services: [{ id: 'Web', app: { ignoresSigterm: true } }], script: [at(200, { do: 'stopTask', task: 'Web-1' })] }), 600);
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(200_000, 300_000, 30_000));
  });

  it('with stopTimeout 45 s, STOPPING lasts 45 s', () => {
    const { events } = run(
      world({ services: [{ id: 'Web', stopTimeoutSeconds: 45, app: { ignoresSigterm: true } }], script: [at(200, { do: 'stopTask', task: 'Web-1' })] }),
      600,
    );
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(200_000, 300_000, 45_000));
  });
});

describe('slowTask and recoverTask (MC18)', () => {
  it('slowTask adds latency to every answer; recoverTask takes it away', () => {
    const { events, sim } = run(
      world({
        services: [{ id: 'Web' }],
        script: [
          at(200, { do: 'slowTask', task: 'Web-1', latencyMs: 3000 }),
          requestAt(201, '/web'),
          at(205, { do: 'recoverTask', task: 'Web-1' }),
          requestAt(206, '/web'),
        ],
      }),
      207,
    );
    expect(requests(events).map((r) => [r.t, r.latencyMs, r.status])).toEqual([
      [204_020, 3020, 200],
      [206_020, 20, 200],
    ]);
    expect(sim.snapshot().tasks[0]!.faults).toEqual({ healthChecks: null, containerHealthChecks: false, extraLatencyMs: 0, refusesConnections: false });
  });

  it('the snapshot shows each fault', () => {
    const sim = createSimulation(
      world({
        services: [
          { id: 'Web', desiredCount: 3, containerHealthCheck: { command: ['CMD-SHELL', 'true'], intervalSeconds: 10, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 0 } },
        ],
      }),
    );
    sim.runUntil(100_000);
    sim.dispatch({ do: 'failHealthChecks', task: 'Web-1', status: 503 });
    sim.dispatch({ do: 'failHealthChecks', task: 'Web-2', timeout: true });
    sim.dispatch({ do: 'failHealthChecks', task: 'Web-3', container: true });
    sim.dispatch({ do: 'slowTask', task: 'Web-3' });
    expect(sim.snapshot().tasks.map((t) => [t.id, t.faults])).toEqual([
      ['Web-1', { healthChecks: 503, containerHealthChecks: false, extraLatencyMs: 0, refusesConnections: false }],
      ['Web-2', { healthChecks: 'timeout', containerHealthChecks: false, extraLatencyMs: 0, refusesConnections: false }],
      ['Web-3', { healthChecks: null, containerHealthChecks: true, extraLatencyMs: 5000, refusesConnections: false }],
    ]);
  });
});

describe('dispatch, schedule and the command log', () => {
  it('dispatch applies now; schedule applies at the given time; the log keeps dispatched commands with their times', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }] }));
    const seen: string[] = [];
    sim.subscribe((e) => {
      if (e.type === 'command.applied') seen.push(`${e.t}:${e.command.do}`);
    });
    sim.runUntil(200_000);
    sim.dispatch({ do: 'setDesiredCount', service: 'Web', count: 2 });
    expect(sim.snapshot().tasks.map((t) => t.id)).toEqual(['Web-1', 'Web-2']);
    sim.schedule(250_000, { do: 'setDesiredCount', service: 'Web', count: 3 });
    sim.runUntil(249_999);
    expect(sim.snapshot().tasks.length).toBe(2);
    sim.runUntil(250_000);
    expect(sim.snapshot().tasks.length).toBe(3);
    expect(seen).toEqual(['200000:setDesiredCount', '250000:setDesiredCount']);
    expect(sim.commandLog()).toEqual([{ atMs: 200_000, command: { do: 'setDesiredCount', service: 'Web', count: 2 } }]);
    expect(sim.now()).toBe(250_000);
  });
});

describe('setTraffic changes only the keys it gives (MC20)', () => {
  it('keeps the mix when only the rate changes and the rate when only the mix changes', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }], traffic: { rate: 5, mix: [{ path: '/web' }] } }));
    sim.runUntil(10_000);
    sim.dispatch({ do: 'setTraffic', rate: 0 });
    expect(sim.snapshot().traffic).toEqual({ rate: 0, mix: [{ path: '/web' }] });
    sim.dispatch({ do: 'setTraffic', mix: [{ path: '/other' }] });
    expect(sim.snapshot().traffic).toEqual({ rate: 0, mix: [{ path: '/other' }] });
    const total = sim.counters().total;
    sim.runUntil(100_000);
    expect(sim.counters().total).toBe(total);
  });
});
