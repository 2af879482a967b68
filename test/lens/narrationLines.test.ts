/**
 * The Narration tab tells one line per happening (issue 10): the events ECS and the load balancer report for one
 * thing in one instant become one sentence with ECS's words under it, names are short IDs, and each sentence says
 * only what is true for that task. Events as the engine writes them (the bundled scenarios' own logs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceEventEvent, SimEvent, TargetHealthEvent, TaskStatusEvent } from '../../src/engine/events';
import { buildNarrationContext } from '../../src/lens/narration';
import { narrationLines } from '../../src/lens/narrationLines';
import { loadScenario } from '../../src/scenario';

function specOf(file: string) {
  const result = loadScenario(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} did not load`);
  return result.spec;
}

const web = buildNarrationContext(specOf('wrong-health-check-path.json'));
const ports = buildNarrationContext(specOf('dynamic-ports.json'));
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/2ece80b6fbd2c2d7';

function status(t: number, task: string, from: TaskStatusEvent['from'], to: TaskStatusEvent['to'], stop: Partial<TaskStatusEvent> = {}): TaskStatusEvent {
  return { t, type: 'task.status', task, service: task.replace(/-\d+$/, ''), from, to, stopCode: null, stoppedReason: null, ...stop };
}

function target(t: number, task: string, from: TargetHealthEvent['from'], to: TargetHealthEvent['to'], reason: TargetHealthEvent['reason'], description: string | null): TargetHealthEvent {
  return { t, type: 'target.health', targetGroup: 'WebTargetGroup', target: task, instance: null, port: null, from, to, reason, description };
}

function service(t: number, message: string): ServiceEventEvent {
  return { t, type: 'service.event', service: 'WebService', message };
}

function told(events: readonly SimEvent[], lens: 'aws' | 'orchestra' = 'aws', ctx = web) {
  return narrationLines(
    events.map((event, i) => ({ seq: i + 1, event })),
    lens,
    ctx,
  ).map((line) => ({ t: line.t, text: line.text, evidence: line.evidence, importance: line.importance, category: line.category }));
}

const STOPPED_REASON = `Task failed ELB health checks in (target-group ${ARN})`;

describe('one line per happening', () => {
  it('tells two tasks starting and ECS\'s "has started" as one line, with ECS\'s words under it', () => {
    expect(
      told([
        status(0, 'WebService-1', null, 'PROVISIONING'),
        status(0, 'WebService-2', null, 'PROVISIONING'),
        service(0, '(service web) has started 2 tasks: (task WebService-1) (task WebService-2).'),
      ]),
    ).toEqual([
      {
        t: 0,
        text: 'ECS started tasks WebService-1 and WebService-2 (service web)',
        evidence: ['(service web) has started 2 tasks: (task WebService-1) (task WebService-2).'],
        importance: 'important',
        category: 'service',
      },
    ]);
  });

  it('tells a registration once, not as ACTIVATING, target initial and "registered 2 targets" (three near-duplicates)', () => {
    const lines = told([
      status(10_000, 'WebService-1', 'PENDING', 'ACTIVATING'),
      target(10_000, 'WebService-1', null, 'initial', 'Elb.RegistrationInProgress', 'Target registration is in progress'),
      status(10_000, 'WebService-2', 'PENDING', 'ACTIVATING'),
      target(10_000, 'WebService-2', null, 'initial', 'Elb.RegistrationInProgress', 'Target registration is in progress'),
      service(10_000, `(service web) registered 2 targets in (target-group ${ARN})`),
    ]);
    expect(lines.map((line) => [line.text, line.evidence])).toEqual([
      ['Tasks WebService-1 and WebService-2 are ACTIVATING: ECS registers them in target group web-tg', ['(service web) registered 2 targets in (target-group web-tg)']],
    ]);
    expect(told([status(10_000, 'WebService-1', 'PENDING', 'ACTIVATING'), target(10_000, 'WebService-1', null, 'initial', 'Elb.RegistrationInProgress', null)], 'orchestra')[0]?.text).toBe(
      'Trumpet 1 (WebService-1) is ACTIVATING: the stage manager adds them to the web-tg call sheet',
    );
  });

  it('tells a failed health check once, with the codes, and ECS\'s report of it underneath', () => {
    const lines = told([
      target(30_000, 'WebService-1', 'initial', 'unhealthy', 'Target.ResponseCodeMismatch', 'Health checks failed with these codes: [302]'),
      service(30_000, `(service web) (task WebService-1) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed with these codes: [302])`),
    ]);
    expect(lines).toEqual([
      {
        t: 30_000,
        text: 'WebService-1 in web-tg is unhealthy: Health checks failed with these codes: [302]',
        evidence: ['(service web) (task WebService-1) (port 8080) is unhealthy in (target-group web-tg) due to (reason Health checks failed with these codes: [302])'],
        importance: 'important',
        category: 'target',
      },
    ]);
  });

  it('tells a stop by the scheduler with its target draining and ECS\'s three messages as one line', () => {
    const lines = told([
      status(30_000, 'WebService-1', 'RUNNING', 'DEACTIVATING', { stopCode: 'ServiceSchedulerInitiated', stoppedReason: STOPPED_REASON }),
      target(30_000, 'WebService-1', 'unhealthy', 'draining', 'Target.DeregistrationInProgress', 'Target deregistration is in progress'),
      service(30_000, '(service web) has stopped 1 running tasks: (task WebService-1).'),
      service(30_000, `(service web) deregistered 1 targets in (target-group ${ARN})`),
      service(30_000, '(service web) has begun draining connections on 1 tasks.'),
    ]);
    expect(lines.map((line) => [line.text, line.evidence])).toEqual([
      [
        'ECS stopped task WebService-1: it failed ELB health checks in target group web-tg; its target drains in web-tg: in-flight requests may finish for up to 30 s',
        [
          '(service web) has stopped 1 running tasks: (task WebService-1).',
          '(service web) deregistered 1 targets in (target-group web-tg)',
          '(service web) has begun draining connections on 1 tasks.',
        ],
      ],
    ]);
  });

  it('keeps different happenings of one instant apart, and steps of different tasks on lines of their own', () => {
    const lines = told([
      target(30_000, 'WebService-1', 'initial', 'unhealthy', 'Target.ResponseCodeMismatch', 'Health checks failed with these codes: [302]'),
      status(30_000, 'WebService-3', null, 'PROVISIONING'),
      service(30_000, '(service web) has started 1 tasks: (task WebService-3).'),
      status(30_000, 'WebService-4', 'PROVISIONING', 'PENDING'),
      status(30_000, 'WebService-5', 'PROVISIONING', 'PENDING'),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      'WebService-1 in web-tg is unhealthy: Health checks failed with these codes: [302]',
      'ECS started task WebService-3 (service web)',
      'Task WebService-4 is PENDING: ECS has placed it and is starting its containers',
      'Task WebService-5 is PENDING: ECS has placed it and is starting its containers',
    ]);
  });

  it('never joins events of different instants', () => {
    const lines = told([status(10_000, 'WebService-1', 'PENDING', 'ACTIVATING'), target(10_001, 'WebService-1', null, 'initial', 'Elb.RegistrationInProgress', 'Target registration is in progress')]);
    expect(lines).toHaveLength(2);
  });
});

describe('only what is true for that task', () => {
  it('a crashed task drains with no requests left to finish, and has no SIGTERM to wait for', () => {
    const crash = { stopCode: 'EssentialContainerExited' as const, stoppedReason: 'Essential container in task exited' };
    const lines = told([
      status(90_000, 'WebService-2', 'RUNNING', 'DEACTIVATING', crash),
      target(90_000, 'WebService-2', 'healthy', 'draining', 'Target.DeregistrationInProgress', 'Target deregistration is in progress'),
      service(90_000, `(service web) deregistered 1 targets in (target-group ${ARN})`),
      service(90_000, '(service web) has begun draining connections on 1 tasks.'),
    ]);
    expect(lines[0]?.text).toBe(
      'Task WebService-2 is stopping: its essential container exited; its target drains in web-tg with no requests left to finish (those in flight got 502 at the crash)',
    );
    expect(told([status(120_000, 'WebService-2', 'DEACTIVATING', 'STOPPING', crash)])[0]?.text).toBe(
      'Task WebService-2 is STOPPING: its essential container already exited, so there is no SIGTERM to wait for',
    );
  });

  it('only an awsvpc task has a network interface to release', () => {
    expect(told([status(64_000, 'WebService-1', 'STOPPING', 'DEPROVISIONING')])[0]?.text).toBe('Task WebService-1 is DEPROVISIONING: its network interface is released');
    // dynamic-ports runs bridge tasks on EC2: their ports are the instance's.
    expect(told([status(172_000, 'CatalogService-1', 'STOPPING', 'DEPROVISIONING')], 'aws', ports)[0]?.text).toBe(
      'Task CatalogService-1 is DEPROVISIONING: ECS gives its CPU, memory and ports back to its container instance',
    );
  });

  it('names the target group by its short name in a STOPPED reason', () => {
    expect(told([status(64_000, 'WebService-1', 'DEPROVISIONING', 'STOPPED', { stopCode: 'ServiceSchedulerInitiated', stoppedReason: STOPPED_REASON })])[0]?.text).toBe(
      'Task WebService-1 is STOPPED: Task failed ELB health checks in (target-group web-tg)',
    );
  });

  it('tells tasks the scheduler stopped together for one cause as one sentence', () => {
    const scaling = { stopCode: 'ServiceSchedulerInitiated' as const, stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)' };
    const lines = told([
      status(150_000, 'WebService-1', 'RUNNING', 'DEACTIVATING', scaling),
      target(150_000, 'WebService-1', 'healthy', 'draining', 'Target.DeregistrationInProgress', null),
      status(150_000, 'WebService-2', 'RUNNING', 'DEACTIVATING', scaling),
      target(150_000, 'WebService-2', 'healthy', 'draining', 'Target.DeregistrationInProgress', null),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      'ECS stopped tasks WebService-1 and WebService-2: scaling activity initiated by deployment ecs-svc/1; their targets drain in web-tg: in-flight requests may finish for up to 30 s',
    ]);
  });
});
