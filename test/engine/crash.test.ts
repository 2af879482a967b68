/**
 * crashTask (MC7, MC18, fact 58): the essential container exits at once; in-flight requests get the load
 * balancer's 502 at the crash; the task is replaced at once, deregistered, drained like any other and stopped with
 * EssentialContainerExited.
 */
import { ofType, run, world } from '../support/world';
import { at, launchSequence, launched, messages, requestAt, requests, statusTimeline, targetTimeline } from '../support/timeline';

describe('crash of a healthy task with a request in flight', () => {
  const spec = world({
    services: [{ id: 'Web', app: { latencyMs: 1000 } }],
    script: [requestAt(199.5, '/web'), at(200, { do: 'crashTask', task: 'Web-1' }), requestAt(250, '/web'), requestAt(370, '/web')],
  });
  const { sim, events } = run(spec, 600);

  it('answers the in-flight request with 502 from the load balancer at the crash', () => {
    const first = requests(events)[0]!;
    expect(first).toMatchObject({
      t: 200_000,
      id: 1,
      path: '/web',
      rule: 10,
      targetGroup: 'WebTargets',
      target: 'Web-1',
      status: 502,
      source: 'elb',
      latencyMs: 500,
    });
  });

  it('stops the task with EssentialContainerExited / "Essential container in task exited", STOPPING taking 0 s', () => {
    expect(statusTimeline(events, 'Web-1')).toEqual([
      ...launchSequence(0),
      ['DEACTIVATING', 200_000],
      ['STOPPING', 500_000],
      ['DEPROVISIONING', 500_000],
      ['STOPPED', 502_000],
    ]);
    const stops = ofType(events, 'task.status').filter((e) => e.task === 'Web-1' && e.t >= 200_000);
    for (const e of stops) {
      expect([e.stopCode, e.stoppedReason]).toEqual(['EssentialContainerExited', 'Essential container in task exited']);
    }
  });

  it('deregisters and drains the crashed task for the full delay', () => {
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
      ['draining', 200_000],
      ['unused', 500_000],
    ]);
  });

  it('starts the replacement at once (a crashed task is not usable, MC6)', () => {
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 200_000],
    ]);
    expect(statusTimeline(events, 'Web-2')).toEqual(launchSequence(200_000));
  });

  it('answers 503 while only the draining and the initial target exist, then the replacement serves', () => {
    const [, during, after] = requests(events);
    expect(during).toMatchObject({ t: 250_000, status: 503, source: 'elb', target: null, targetGroup: 'WebTargets', latencyMs: 0 });
    expect(after).toMatchObject({ t: 371_000, status: 200, source: 'target', target: 'Web-2', latencyMs: 1000 });
  });

  it('does not trip the launch throttle: the task had reached RUNNING (fact 58)', () => {
    expect(messages(events, 'Web').filter(([, m]) => m.includes('unable to consistently start'))).toEqual([]);
    expect(sim.snapshot().services[0]!.deployments[0]!.failedTasks).toBe(0);
  });

  it('counts the 502 as an ELB 5xx', () => {
    expect(sim.counters()).toMatchObject({ total: 3, inFlight: 0, elb5xx: 2, target5xx: 0, byStatus: { '200': 1, '502': 1, '503': 1 } });
  });
});

describe('crash with another healthy task', () => {
  it('sends the very next request to the other target', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web', desiredCount: 2 }],
        script: [requestAt(199, '/web'), at(200, { do: 'crashTask', task: 'Web-2' }), requestAt(200.001, '/web'), requestAt(200.002, '/web')],
      }),
      201,
    );
    expect(requests(events).map((r) => [r.status, r.source, r.target])).toEqual([
      [200, 'target', 'Web-1'],
      [200, 'target', 'Web-1'],
      [200, 'target', 'Web-1'],
    ]);
  });
});

describe('crash with a deregistration delay of 0', () => {
  it('goes DEACTIVATING, STOPPING and DEPROVISIONING in the same instant, STOPPED 2 s later', () => {
    const { events } = run(
      world({ services: [{ id: 'Web', deregistrationDelaySeconds: 0 }], script: [at(200, { do: 'crashTask', task: 'Web-1' })] }),
      300,
    );
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual([
      ['DEACTIVATING', 200_000],
      ['STOPPING', 200_000],
      ['DEPROVISIONING', 200_000],
      ['STOPPED', 202_000],
    ]);
  });
});
