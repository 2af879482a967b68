/**
 * No input the loader accepts makes one simulated second cost more than a fixed budget per task and per request.
 * Random scenarios go through the loader (a CloudFormation template, with AWS's ranges at their edges: checks every
 * 5 s or 300 s, thresholds of 2 or 10, no deregistration delay, apps that start and answer at once, pull errors,
 * container checks, the traffic rate at its limit, scripts of faults and scaling); each second's engine work
 * (Simulation.work: entries processed and scheduler passes, counted, not timed, so the test means the same on any
 * machine) must stay within
 *
 *   WORK_PER_TASK x tasks + WORK_PER_REQUEST x requests arriving or answered in it
 *   + WORK_PER_COMMAND x commands given in it + WORK_PER_SECOND,
 *
 * where a task counts from its launch until LINGER_MS after it stopped: a check already scheduled when it stopped
 * still comes due (and finds nothing to do) up to one interval and timeout later (300 s + 120 s at most).
 * Nothing the scheduler, placement or routing does may cost more per second than that, however the input is chosen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioSpec, ScriptEntry } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import { exportTemplate, loadScenario } from '../../src/scenario';
import { world, type ServiceOptions } from '../support/world';

const WORK_PER_TASK = 8;
const WORK_PER_REQUEST = 3;
const WORK_PER_COMMAND = 8;
const WORK_PER_SECOND = 20;
const LINGER_MS = 420_000;

const SECONDS = 150;
const IDS = ['Web', 'Api', 'Jobs'] as const;

const serviceArb = (id: string, ec2: boolean) =>
  fc
    .record({
      desiredCount: fc.constantFrom(0, 1, 3, 12, 40),
      interval: fc.constantFrom(5, 6, 30, 300),
      timeout: fc.constantFrom(2, 4, 120),
      healthyThreshold: fc.constantFrom(2, 3, 10),
      unhealthyThreshold: fc.constantFrom(2, 10),
      dereg: fc.constantFrom(0, 1, 30, 3600),
      grace: fc.constantFrom(0, 5, 60),
      deploy: fc.constantFrom([100, 200], [0, 100], [50, 150], [100, 100]),
      phases: fc.constantFrom(0, 1, 7),
      latencyMs: fc.constantFrom(0, 1, 20, 5_000, 70_000),
      errorRate: fc.constantFrom(0, 0.5, 1),
      pullError: fc.boolean(),
      containerCheck: fc.boolean(),
      noLoadBalancer: fc.boolean(),
      breaker: fc.boolean(),
      algorithm: fc.constantFrom('round_robin' as const, 'least_outstanding_requests' as const),
      ignoresSigterm: fc.boolean(),
    })
    .map(
      (r): ServiceOptions => ({
        id,
        desiredCount: r.desiredCount,
        healthCheck: { intervalSeconds: r.interval, timeoutSeconds: Math.min(r.timeout, r.interval - 1), healthyThreshold: r.healthyThreshold, unhealthyThreshold: r.unhealthyThreshold },
        deregistrationDelaySeconds: r.dereg,
        gracePeriodSeconds: r.grace,
        minimumHealthyPercent: r.deploy[0],
        maximumPercent: r.deploy[1],
        algorithm: r.algorithm,
        stopTimeoutSeconds: ec2 ? 0 : 2,
        ...(r.noLoadBalancer ? { path: null } : {}),
        ...(r.breaker ? { circuitBreaker: { enable: true, rollback: true } } : {}),
        ...(r.containerCheck
          ? { containerHealthCheck: { command: ['CMD-SHELL', 'true'], intervalSeconds: 5, timeoutSeconds: 2, retries: 1, startPeriodSeconds: 0 } }
          : {}),
        ...(ec2 ? { ec2: {} } : {}),
        app: {
          provisioningSeconds: r.phases,
          pendingSeconds: r.phases,
          activatingSeconds: r.phases,
          startupSeconds: r.phases,
          shutdownSeconds: r.phases,
          ignoresSigterm: r.ignoresSigterm,
          latencyMs: r.latencyMs,
          errorRate: r.errorRate,
          pullError: r.pullError ? 'CannotPullContainerError: not found' : null,
        },
      }),
    );

const KINDS = ['crash', 'stop', 'fail', 'failTimeout', 'failContainer', 'recover', 'slow', 'scale', 'deploy', 'force', 'traffic', 'request'] as const;

const scriptArb = (services: number) =>
  fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: SECONDS - 10 }),
      service: fc.integer({ min: 0, max: services - 1 }),
      task: fc.integer({ min: 1, max: 40 }),
      kind: fc.constantFrom(...KINDS),
      n: fc.constantFrom(0, 1, 5, 40),
      repeat: fc.constantFrom(1, 1, 1, 50),
    }),
    { maxLength: 12 },
  );

const caseArb = fc.boolean().chain((ec2) =>
  fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.record({
      ec2: fc.constant(ec2),
      services: fc.tuple(...IDS.slice(0, n).map((id) => serviceArb(id, ec2))),
      script: scriptArb(n),
      rate: fc.constantFrom(0, 1, 50, 1000),
      idleTimeoutSeconds: fc.constantFrom(1, 60, 4000),
      instances: fc.constantFrom(1, 3, 20),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
    }),
  ),
);

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function scriptOf(c: Case): ScriptEntry[] {
  const entries: ScriptEntry[] = [];
  for (const s of c.script) {
    const service = IDS[s.service]!;
    const task = `${service}-${s.task}`;
    const commands = {
      crash: { do: 'crashTask', task },
      stop: { do: 'stopTask', task },
      fail: { do: 'failHealthChecks', task },
      failTimeout: { do: 'failHealthChecks', task, timeout: true },
      failContainer: { do: 'failHealthChecks', task, container: true },
      recover: { do: 'recoverTask', task },
      slow: { do: 'slowTask', task, latencyMs: 70_000 },
      scale: { do: 'setDesiredCount', service, count: s.n },
      deploy: { do: 'deploy', service, image: `example/app:${s.n}` },
      force: { do: 'forceNewDeployment', service },
      traffic: { do: 'setTraffic', rate: s.n * 25 },
      request: { do: 'request', path: `/${service.toLowerCase()}/x` },
    } as const;
    // Some commands come in bursts: 50 at the same instant.
    for (let i = 0; i < s.repeat; i++) entries.push({ at: s.at, command: commands[s.kind] });
  }
  return entries.sort((a, b) => a.at - b.at);
}

/** The case as a template the loader accepts, and the world it loads; null when the loader refuses it. */
function loaded(c: Case): ScenarioSpec | null {
  const spec = world({
    seed: c.seed,
    idleTimeoutSeconds: c.idleTimeoutSeconds,
    services: [...c.services],
    ...(c.ec2 ? { instances: { count: c.instances, instanceType: 'm5.large' } } : {}),
    traffic: c.rate > 0 ? { rate: c.rate, mix: [...c.services.map((s) => ({ path: `/${s.id.toLowerCase()}/x` })), { path: '/nowhere' }] } : null,
    script: scriptOf(c),
  });
  const result = loadScenario(exportTemplate(spec));
  return result.ok ? result.spec : null;
}

interface Second {
  readonly work: number;
  readonly tasks: number;
  readonly requests: number;
  readonly commands: number;
}

/** Runs the world second by second, with each second's work and what it had to do. */
function seconds(spec: ScenarioSpec): Second[] {
  const sim = createSimulation(spec);
  const requests = new Map<number, number>();
  const commands = new Map<number, number>();
  const lives = new Map<string, { from: number; to: number }>();
  const add = (map: Map<number, number>, second: number) => map.set(second, (map.get(second) ?? 0) + 1);
  sim.subscribe(
    (event) => {
      if (event.type === 'request.completed') {
        add(requests, Math.floor(event.t / 1000));
        add(requests, Math.floor((event.t - event.latencyMs) / 1000));
      } else if (event.type === 'command.applied' || event.type === 'command.rejected') {
        add(commands, Math.floor(event.t / 1000));
      } else if (event.type === 'task.status') {
        if (event.from === null) lives.set(event.task, { from: event.t, to: Infinity });
        else if (event.to === 'STOPPED') lives.get(event.task)!.to = event.t;
      }
    },
    { requests: true },
  );
  const work: number[] = [];
  for (let s = 0; s < SECONDS; s++) {
    const before = sim.work();
    sim.advanceTo((s + 1) * 1000);
    work.push(sim.work() - before);
  }
  return work.map((w, s) => {
    let tasks = 0;
    for (const life of lives.values()) if (life.from < (s + 1) * 1000 && life.to + LINGER_MS >= s * 1000) tasks++;
    return { work: w, tasks, requests: requests.get(s) ?? 0, commands: commands.get(s) ?? 0 };
  });
}

const budget = (s: Second) => WORK_PER_TASK * s.tasks + WORK_PER_REQUEST * s.requests + WORK_PER_COMMAND * s.commands + WORK_PER_SECOND;

describe('the engine work of one simulated second', () => {
  it('stays within a fixed budget per task and per request, whatever the loader accepts', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const spec = loaded(c);
        fc.pre(spec !== null);
        checked++;
        const over = seconds(spec)
          .map((s, second) => ({ second, ...s, budget: budget(s) }))
          .filter((s) => s.work > s.budget);
        expect(over).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40), seed: 1616 },
    );
    // The loader accepts the cases: the property is about real inputs, not discarded ones.
    expect(checked).toBeGreaterThan(30);
  }, 120_000);

  it('is counted, so the same input costs the same on any machine', () => {
    const spec = loaded({
      ec2: false,
      services: [{ id: 'Web', desiredCount: 5, path: '/web*' }],
      script: [],
      rate: 50,
      idleTimeoutSeconds: 60,
      instances: 1,
      seed: 3,
    } as unknown as Case);
    expect(spec).not.toBeNull();
    expect(seconds(spec!)).toEqual(seconds(spec!));
  });
});
