/**
 * A task's walk through ECS's lastStatus values (facts 12-15, 35-36, 41) on MC12's clock, task IDs (MC13) and the
 * service messages of a launch (MC24).
 */
import { ofType, run, world } from '../support/world';
import { at, launchSequence, messages, s, statusTimeline, stopSequence, targetTimeline, tgArn } from '../support/timeline';

const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0000000000000000';

describe('launch with the default timings (MC12)', () => {
  const spec = world({ services: [{ id: 'Web' }] });
  const { sim, events } = run(spec, 200);

  it('walks PROVISIONING 3 s, PENDING 7 s, ACTIVATING 1 s, then RUNNING', () => {
    expect(statusTimeline(events, 'Web-1')).toEqual(launchSequence(0));
    const first = ofType(events, 'task.status')[0];
    expect(first).toEqual({
      t: 0,
      type: 'task.status',
      task: 'Web-1',
      service: 'Web',
      from: null,
      to: 'PROVISIONING',
      stopCode: null,
      stoppedReason: null,
    });
  });

  it('registers the target when ACTIVATING starts, initial with Elb.RegistrationInProgress (MC23)', () => {
    const health = ofType(events, 'target.health');
    expect(health[0]).toEqual({
      t: 10_000,
      type: 'target.health',
      targetGroup: 'WebTargets',
      target: 'Web-1',
      instance: null,
      port: null,
      from: null,
      to: 'initial',
      reason: 'Elb.RegistrationInProgress',
      description: 'Target registration is in progress',
    });
    // One initial event only, then healthy after 5 x 30 s (fact 40).
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
    ]);
  });

  it('writes the launch messages of MC24, then completes the first deployment at its first steady state', () => {
    expect(messages(events, 'Web')).toEqual([
      [0, '(service web) has started 1 tasks: (task Web-1).'],
      [10_000, `(service web) registered 1 targets in (target-group ${ARN})`],
      [160_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [160_000, '(service web) has reached a steady state.'],
    ]);
    expect(tgArn(spec, 'WebTargets')).toBe(ARN);
  });

  it('shows the task in the snapshot with its timestamps (fact 15) and private IP in us-east-1a', () => {
    const task = sim.snapshot().tasks.find((t) => t.id === 'Web-1');
    expect(task).toMatchObject({
      serviceId: 'Web',
      deploymentId: 'ecs-svc/1',
      taskDefinition: 'web:1',
      image: 'example/web:1',
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      healthStatus: 'UNKNOWN',
      availabilityZone: 'us-east-1a',
      launchedAt: 0,
      startedAt: 11_000,
      stoppingAt: null,
      stoppedAt: null,
      stopCode: null,
      stoppedReason: null,
      replacement: null,
      statusHistory: [
        { status: 'PROVISIONING', at: 0 },
        { status: 'PENDING', at: 3000 },
        { status: 'ACTIVATING', at: 10_000 },
        { status: 'RUNNING', at: 11_000 },
      ],
    });
    const service = sim.snapshot().services[0]!;
    expect(service).toMatchObject({ id: 'Web', name: 'web', desiredCount: 1, runningCount: 1, pendingCount: 0, steady: true, started: 1, stopped: 0 });
    expect(service.deployments).toEqual([
      {
        id: 'ecs-svc/1',
        status: 'PRIMARY',
        rolloutState: 'COMPLETED',
        taskDefinition: 'web:1',
        failedTasks: 0,
        runningCount: 1,
        pendingCount: 0,
        createdAt: 0,
      },
    ]);
  });
});

describe('service counts (fact 27)', () => {
  it('pendingCount counts PENDING tasks and runningCount RUNNING ones', () => {
    const spec = world({ services: [{ id: 'Web', desiredCount: 2 }] });
    const counts = (seconds: number) => {
      const service = run(spec, seconds).sim.snapshot().services[0]!;
      return [service.pendingCount, service.runningCount, service.deployments[0]!.pendingCount, service.deployments[0]!.runningCount];
    };
    expect([counts(1), counts(5), counts(10.5), counts(12)]).toEqual([
      [0, 0, 0, 0],
      [2, 0, 2, 0],
      [0, 0, 0, 0],
      [0, 2, 0, 2],
    ]);
  });
});

describe('task definition timing overrides (Metadata.EcsOrchestra, MC12)', () => {
  it('uses provisioningSeconds, pendingSeconds and activatingSeconds as given', () => {
    const spec = world({ services: [{ id: 'Web', app: { provisioningSeconds: 1, pendingSeconds: 4, activatingSeconds: 5 } }] });
    const { events } = run(spec, 200);
    expect(statusTimeline(events, 'Web-1')).toEqual(launchSequence(0, 1000, 4000, 5000));
    // Registered when ACTIVATING starts (t=5 s); healthy after 5 checks, 30 s apart.
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 5000],
      ['healthy', 155_000],
    ]);
  });
});

describe('task IDs (MC13)', () => {
  it('count the service launches from 1 and list them in one started message per scheduler pass', () => {
    const spec = world({ services: [{ id: 'Api', desiredCount: 3 }, { id: 'Web', desiredCount: 2 }] });
    const { events } = run(spec, 1);
    expect(ofType(events, 'task.status').map((e) => e.task)).toEqual(['Api-1', 'Api-2', 'Api-3', 'Web-1', 'Web-2']);
    expect(messages(events)).toEqual([
      [0, '(service api) has started 3 tasks: (task Api-1) (task Api-2) (task Api-3).'],
      [0, '(service web) has started 2 tasks: (task Web-1) (task Web-2).'],
    ]);
  });
});

describe('stopping a load-balanced task (facts 36, MC7, MC12)', () => {
  const spec = world({ services: [{ id: 'Web' }], script: [at(400, { do: 'stopTask', task: 'Web-1' })] });
  const { sim, events } = run(spec, 800);

  it('stays DEACTIVATING for the whole deregistration delay, STOPPING 2 s, DEPROVISIONING 2 s', () => {
    expect(statusTimeline(events, 'Web-1')).toEqual([...launchSequence(0), ...stopSequence(s(400), 300_000, 2000)]);
  });

  it('drains the target from the stop and reads unused when the delay ends', () => {
    // After registration (10 s), Elb.InitialHealthChecking (40 s, MC23) and healthy (160 s).
    expect(ofType(events, 'target.health').filter((e) => e.target === 'Web-1').slice(3)).toEqual([
      {
        t: 400_000,
        type: 'target.health',
        targetGroup: 'WebTargets',
        target: 'Web-1',
        instance: null,
        port: null,
        from: 'healthy',
        to: 'draining',
        reason: 'Target.DeregistrationInProgress',
        description: 'Target deregistration is in progress',
      },
      {
        t: 700_000,
        type: 'target.health',
        targetGroup: 'WebTargets',
        target: 'Web-1',
        instance: null,
        port: null,
        from: 'draining',
        to: 'unused',
        reason: 'Target.NotRegistered',
        description: 'Target is not registered to the target group',
      },
    ]);
  });

  it('writes the deregistration messages when DEACTIVATING starts (MC24)', () => {
    expect(messages(events, 'Web').filter(([t]) => t === 400_000)).toEqual([
      [400_000, '(service web) has started 1 tasks: (task Web-2).'],
      [400_000, `(service web) deregistered 1 targets in (target-group ${ARN})`],
      [400_000, '(service web) has begun draining connections on 1 tasks.'],
    ]);
  });

  it('keeps the stopped task in the snapshot with stoppingAt, stoppedAt and the stop code', () => {
    const task = sim.snapshot().tasks.find((t) => t.id === 'Web-1');
    expect(task).toMatchObject({
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      startedAt: 11_000,
      // The engine stamps stoppingAt when STOPPING begins (fact 15 reads "RUNNING -> STOPPING").
      stoppingAt: 700_000,
      stoppedAt: 704_000,
      stopCode: 'UserInitiated',
      stoppedReason: 'Task stopped by user',
    });
    expect(sim.snapshot().services[0]).toMatchObject({ started: 2, stopped: 1, runningCount: 1 });
  });
});

describe('stop timing variants', () => {
  it('a shorter deregistration delay shortens DEACTIVATING exactly', () => {
    const spec = world({ services: [{ id: 'Web', deregistrationDelaySeconds: 10 }], script: [at(200, { do: 'stopTask', task: 'Web-1' })] });
    const { events } = run(spec, 300);
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(s(200), 10_000, 2000));
  });

  it('a deregistration delay of 0 goes straight to STOPPING', () => {
    const spec = world({ services: [{ id: 'Web', deregistrationDelaySeconds: 0 }], script: [at(200, { do: 'stopTask', task: 'Web-1' })] });
    const { events } = run(spec, 300);
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(s(200), 0, 2000));
    expect(targetTimeline(events, 'Web-1').slice(2)).toEqual([
      ['draining', 200_000],
      ['unused', 200_000],
    ]);
  });

  it('shutdownSeconds sets how long STOPPING lasts', () => {
    const spec = world({
      services: [{ id: 'Web', deregistrationDelaySeconds: 10, app: { shutdownSeconds: 7 } }],
      script: [at(200, { do: 'stopTask', task: 'Web-1' })],
    });
    const { events } = run(spec, 300);
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(s(200), 10_000, 7000));
  });

  it('an app slower to exit than stopTimeout is killed at stopTimeout (fact 11)', () => {
    const spec = world({
      services: [{ id: 'Web', deregistrationDelaySeconds: 10, stopTimeoutSeconds: 20, app: { shutdownSeconds: 50 } }],
      script: [at(200, { do: 'stopTask', task: 'Web-1' })],
    });
    const { events } = run(spec, 300);
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(s(200), 10_000, 20_000));
  });

  it('stopping a task that is still PROVISIONING goes to DEPROVISIONING at once, then STOPPED 2 s later', () => {
    const spec = world({ services: [{ id: 'Web' }], script: [at(1, { do: 'stopTask', task: 'Web-1' })] });
    const { events } = run(spec, 20);
    expect(statusTimeline(events, 'Web-1')).toEqual([
      ['PROVISIONING', 0],
      ['DEPROVISIONING', 1000],
      ['STOPPED', 3000],
    ]);
    // No target was ever registered for it.
    expect(targetTimeline(events, 'Web-1')).toEqual([]);
  });
});

describe('a task without a load balancer (fact 41)', () => {
  const spec = world({ services: [{ id: 'Worker', path: null }], script: [at(100, { do: 'stopTask', task: 'Worker-1' })] });
  const { events } = run(spec, 200);

  it('counts healthy 40 s after RUNNING, which completes the deployment then', () => {
    expect(messages(events, 'Worker').slice(0, 3)).toEqual([
      [0, '(service worker) has started 1 tasks: (task Worker-1).'],
      [51_000, '(service worker) (deployment ecs-svc/1) deployment completed.'],
      [51_000, '(service worker) has reached a steady state.'],
    ]);
  });

  it('has nothing to drain: DEACTIVATING ends at once', () => {
    expect(statusTimeline(events, 'Worker-1')).toEqual([...launchSequence(0), ...stopSequence(s(100), 0, 2000)]);
    expect(ofType(events, 'target.health')).toEqual([]);
  });
});
