/**
 * Rolling deployments (facts 1, 28, 42-45; MC6, MC9, MC19, MC24, MC25).
 */
import { ofType, run, world } from '../support/world';
import { at, launched, messages, messagesWith, statusTimeline, stopSequence, timeOf } from '../support/timeline';

const STUCK =
  '(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.';

describe('rolling deploy, min 100 / max 200, 3 tasks (facts 43-44)', () => {
  const spec = world({ services: [{ id: 'Web', desiredCount: 3 }], script: [at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' })] });
  const { sim, events } = run(spec, 1000);

  it('starts all 3 new tasks at once (U - active = 6 - 3)', () => {
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 0],
      ['Web-3', 0],
      ['Web-4', 200_000],
      ['Web-5', 200_000],
      ['Web-6', 200_000],
    ]);
    expect(messages(events, 'Web').filter(([t]) => t === 200_000)).toEqual([
      [200_000, '(service web) has started 3 tasks: (task Web-4) (task Web-5) (task Web-6).'],
    ]);
  });

  it('stops one old task as each new one turns healthy (360 s), none earlier', () => {
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => e.t)).toEqual([360_000, 360_000, 360_000]);
    expect(stops.map((e) => e.task).sort()).toEqual(['Web-1', 'Web-2', 'Web-3']);
    for (const e of stops) {
      expect([e.stopCode, e.stoppedReason]).toEqual(['ServiceSchedulerInitiated', 'Scaling activity initiated by (deployment ecs-svc/1)']);
    }
    for (const id of ['Web-1', 'Web-2', 'Web-3']) expect(statusTimeline(events, id).slice(4)).toEqual(stopSequence(360_000, 300_000, 2000));
  });

  it('completes the deployment when the last old task has stopped, then reports the steady state', () => {
    expect(messages(events, 'Web').filter(([t]) => t >= 600_000)).toEqual([
      [664_000, '(service web) (deployment ecs-svc/2) deployment completed.'],
      [664_000, '(service web) has reached a steady state.'],
    ]);
  });

  it('shows PRIMARY and ACTIVE deployments during the rollout and only the new one after', () => {
    const during = run(spec, 400).sim.snapshot().services[0]!;
    expect(during.deployments.map((d) => [d.id, d.status, d.rolloutState, d.taskDefinition, d.runningCount])).toEqual([
      ['ecs-svc/2', 'PRIMARY', 'IN_PROGRESS', 'web:2', 3],
      ['ecs-svc/1', 'ACTIVE', 'COMPLETED', 'web:1', 0],
    ]);
    const after = sim.snapshot().services[0]!;
    expect(after.deployments.map((d) => [d.id, d.status, d.rolloutState, d.taskDefinition])).toEqual([
      ['ecs-svc/2', 'PRIMARY', 'COMPLETED', 'web:2'],
    ]);
    expect([after.taskDefinition, after.image, after.steady]).toEqual(['web:2', 'example/web:2', true]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-4')).toMatchObject({
      deploymentId: 'ecs-svc/2',
      taskDefinition: 'web:2',
      image: 'example/web:2',
      availabilityZone: 'us-east-1a',
    });
  });
});

describe('which old tasks a deployment stops first (MC6 (3))', () => {
  it('the most recently started first', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web', desiredCount: 1 }],
        script: [
          at(50, { do: 'setDesiredCount', service: 'Web', count: 2 }),
          at(100, { do: 'setDesiredCount', service: 'Web', count: 3 }),
          at(300, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
        ],
      }),
      500,
    );
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => [e.task, e.t])).toEqual([
      ['Web-3', 460_000],
      ['Web-2', 460_000],
      ['Web-1', 460_000],
    ]);
  });

  it('those not yet healthy first, then the most recently started (min 0 lets all stop at once)', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web', desiredCount: 1, minimumHealthyPercent: 0 }],
        script: [
          at(50, { do: 'setDesiredCount', service: 'Web', count: 2 }),
          at(250, { do: 'setDesiredCount', service: 'Web', count: 3 }),
          at(300, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
        ],
      }),
      301,
    );
    // One stopped message per instant (the engine's reading of "per scheduler pass", MC24), in stop order.
    expect(messages(events, 'Web').filter(([t, m]) => t === 300_000 && m.includes('has stopped'))).toEqual([
      [300_000, '(service web) has stopped 3 running tasks: (task Web-3) (task Web-2) (task Web-1).'],
    ]);
  });
});

describe('min 50 / max 100 with 4 tasks (fact 43: L = 2, U = 4)', () => {
  const { events } = run(
    world({
      services: [{ id: 'Web', desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 100 }],
      script: [at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' })],
    }),
    1200,
  );

  it('stops 2 old tasks before any new one starts', () => {
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => e.t)).toEqual([200_000, 200_000, 664_000, 664_000]);
    expect(stops.map((e) => e.task).sort()).toEqual(['Web-1', 'Web-2', 'Web-3', 'Web-4']);
  });

  it('starts new tasks only as the stopped ones free their slots', () => {
    expect(launched(events).map(([, t]) => t)).toEqual([0, 0, 0, 0, 504_000, 504_000, 968_000, 968_000]);
  });

  it('completes when the last two new tasks are healthy', () => {
    expect(messagesWith(events, 'deployment completed.')).toEqual([
      [160_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [1_128_000, '(service web) (deployment ecs-svc/2) deployment completed.'],
    ]);
  });
});

describe('a deployment the configuration cannot move (fact 45: desired 3, min 100, max 125)', () => {
  const { sim, events } = run(
    world({
      services: [{ id: 'Web', desiredCount: 3, maximumPercent: 125 }],
      script: [at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' })],
    }),
    2000,
  );

  it('emits the fact 32 message once, at the deploy', () => {
    expect(messagesWith(events, 'was unable to stop or start tasks')).toEqual([[200_000, STUCK]]);
  });

  it('starts and stops nothing', () => {
    expect(launched(events).length).toBe(3);
    expect(ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING')).toEqual([]);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.id, d.status, d.rolloutState])).toEqual([
      ['ecs-svc/2', 'PRIMARY', 'IN_PROGRESS'],
      ['ecs-svc/1', 'ACTIVE', 'COMPLETED'],
    ]);
  });
});

describe('deployment IDs count across the scenario (MC19, MC24)', () => {
  it('numbers deployments of every service from one counter', () => {
    const { sim } = run(
      world({
        services: [{ id: 'Api' }, { id: 'Web' }],
        script: [
          at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
          at(210, { do: 'deploy', service: 'Api', image: 'example/api:2' }),
          at(220, { do: 'forceNewDeployment', service: 'Web' }),
        ],
      }),
      230,
    );
    const [api, web] = sim.snapshot().services;
    expect(api!.deployments.map((d) => d.id)).toEqual(['ecs-svc/4', 'ecs-svc/1']);
    expect(web!.deployments.map((d) => d.id)).toEqual(['ecs-svc/5', 'ecs-svc/3', 'ecs-svc/2']);
  });
});

describe('forceNewDeployment (fact 42)', () => {
  const { sim, events } = run(world({ services: [{ id: 'Web' }], script: [at(200, { do: 'forceNewDeployment', service: 'Web' })] }), 700);

  it('replaces the task with one of the same task definition', () => {
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 200_000],
    ]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-2')).toMatchObject({ deploymentId: 'ecs-svc/2', taskDefinition: 'web:1' });
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(360_000, 300_000, 2000));
    expect(messagesWith(events, 'deployment completed.')).toEqual([
      [160_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [664_000, '(service web) (deployment ecs-svc/2) deployment completed.'],
    ]);
  });
});

describe('task definition revisions (fact 1, MC22)', () => {
  it('each deploy registers the next revision; the image goes to the load-balanced container', () => {
    const { sim } = run(
      world({
        // maximumPercent 300 leaves room for both new revisions' tasks beside the old one.
        services: [{ id: 'Web', maximumPercent: 300 }],
        script: [
          at(200, { do: 'deploy', service: 'Web', latencyMs: 50 }),
          at(210, { do: 'deploy', service: 'Web', image: 'example/web:3' }),
        ],
      }),
      220,
    );
    const tasks = sim.snapshot().tasks.map((t) => [t.id, t.taskDefinition, t.image]);
    expect(tasks).toEqual([
      ['Web-1', 'web:1', 'example/web:1'],
      ['Web-2', 'web:2', 'example/web:1'],
      ['Web-3', 'web:3', 'example/web:3'],
    ]);
  });
});

describe('deploying a service without a load balancer (fact 41: a plain task counts 40 s after RUNNING)', () => {
  it('replaces the old task once the new one has been RUNNING for 40 s', () => {
    const { events } = run(
      world({ services: [{ id: 'Worker', path: null }], script: [at(100, { do: 'deploy', service: 'Worker', image: 'example/worker:2' })] }),
      300,
    );
    expect(timeOf(events, 'Worker-2', 'RUNNING')).toBe(111_000);
    expect(statusTimeline(events, 'Worker-1').slice(4)).toEqual(stopSequence(151_000, 0, 2000));
    expect(messagesWith(events, 'deployment completed.')).toEqual([
      [51_000, '(service worker) (deployment ecs-svc/1) deployment completed.'],
      [155_000, '(service worker) (deployment ecs-svc/2) deployment completed.'],
    ]);
  });
});
