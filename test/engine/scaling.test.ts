/**
 * setDesiredCount and Fargate placement (facts 21, 23; MC6, MC25).
 */
import { ofType, run, world } from '../support/world';
import { at, launched, messages, messagesWith, statusTimeline, stopSequence } from '../support/timeline';

const scale = (seconds: number, count: number) => at(seconds, { do: 'setDesiredCount', service: 'Web', count });
const SCALING = 'Scaling activity initiated by (deployment ecs-svc/1)';

describe('Fargate spreads tasks over us-east-1a, b, c in launch order (MC6)', () => {
  it('7 tasks: a, b, c, a, b, c, a', () => {
    const { sim } = run(world({ services: [{ id: 'Web', desiredCount: 7 }] }), 1);
    expect(sim.snapshot().tasks.map((t) => t.availabilityZone)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
      'us-east-1a',
    ]);
  });

  it('a later task goes to the zone with the fewest of the service\'s tasks', () => {
    const { sim } = run(world({ services: [{ id: 'Web', desiredCount: 2 }], script: [scale(100, 3), scale(150, 4)] }), 151);
    expect(sim.snapshot().tasks.map((t) => [t.id, t.availabilityZone])).toEqual([
      ['Web-1', 'us-east-1a'],
      ['Web-2', 'us-east-1b'],
      ['Web-3', 'us-east-1c'],
      ['Web-4', 'us-east-1a'],
    ]);
  });
});

describe('scaling up', () => {
  const { sim, events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script: [scale(200, 5)] }), 400);

  it('starts the missing tasks at once, in one message, without a new deployment', () => {
    expect(messages(events, 'Web').filter(([t]) => t === 200_000)).toEqual([
      [200_000, '(service web) has started 2 tasks: (task Web-4) (task Web-5).'],
    ]);
    expect(launched(events).slice(3)).toEqual([
      ['Web-4', 200_000],
      ['Web-5', 200_000],
    ]);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.id, d.rolloutState])).toEqual([['ecs-svc/1', 'COMPLETED']]);
  });

  it('is steady again once they are healthy, with no second "deployment completed"', () => {
    expect(messages(events, 'Web').filter(([, m]) => m.includes('steady state') || m.includes('deployment completed'))).toEqual([
      [160_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [160_000, '(service web) has reached a steady state.'],
      [360_000, '(service web) has reached a steady state.'],
    ]);
  });
});

describe('scaling down (MC6, MC25)', () => {
  it('stops the most recently started task of the zone with the most tasks', () => {
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script: [scale(100, 4), scale(300, 3)] }), 700);
    const stop = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stop.map((e) => [e.task, e.t, e.stopCode, e.stoppedReason])).toEqual([['Web-4', 300_000, 'ServiceSchedulerInitiated', SCALING]]);
    expect(messagesWith(events, 'has stopped')).toEqual([[300_000, '(service web) has stopped 1 running tasks: (task Web-4).']]);
    expect(statusTimeline(events, 'Web-4').slice(4)).toEqual(stopSequence(300_000, 300_000, 2000));
  });

  it('with every zone equal, stops the most recently started task', () => {
    // Web-1 (a) and Web-2 (b) at 0 s, Web-3 (c) at 100 s; down to 2 at 300 s.
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 2 }], script: [scale(100, 3), scale(300, 2)] }), 301);
    const stop = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stop.map((e) => [e.task, e.t, e.stoppedReason])).toEqual([['Web-3', 300_000, SCALING]]);
  });

  it('5 -> 3 with zones a and b tied at 2: the most recently started first, then the zone left with the most', () => {
    // a: Web-1 (0 s), Web-4 (100 s); b: Web-2 (0 s), Web-5 (150 s); c: Web-3 (0 s).
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script: [scale(100, 4), scale(150, 5), scale(400, 3)] }), 401);
    expect(messagesWith(events, 'has stopped')).toEqual([[400_000, '(service web) has stopped 2 running tasks: (task Web-5) (task Web-4).']]);
  });

  it('stops the excess at once, regardless of the minimum healthy percent', () => {
    const { sim, events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script: [scale(300, 1)] }), 301);
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => [e.t, e.stoppedReason])).toEqual([
      [300_000, SCALING],
      [300_000, SCALING],
    ]);
    expect(sim.snapshot().tasks.filter((t) => t.desiredStatus === 'RUNNING').length).toBe(1);
    expect(sim.snapshot().services[0]!.desiredCount).toBe(1);
  });

  it('down to 0: every task stops; the service is steady with none once they have stopped', () => {
    const { sim, events } = run(world({ services: [{ id: 'Web', desiredCount: 2 }], script: [scale(200, 0)] }), 600);
    for (const id of ['Web-1', 'Web-2']) expect(statusTimeline(events, id).slice(4)).toEqual(stopSequence(200_000, 300_000, 2000));
    expect(messages(events, 'Web').filter(([t]) => t > 200_000)).toEqual([[504_000, '(service web) has reached a steady state.']]);
    expect(sim.snapshot().services[0]).toMatchObject({ desiredCount: 0, runningCount: 0, steady: true });
  });
});
