/**
 * The stage's captions (issue 10): the events that say why, as short lines beside the task or service they concern,
 * with AWS's reason words, in each lens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceEventEvent, SimEvent, TargetHealthEvent, TaskStatusEvent } from '../../src/engine/events';
import { captionLines, errorName, type ServiceFacts } from '../../src/lens/captions';
import { buildNarrationContext } from '../../src/lens/narration';
import { loadScenario } from '../../src/scenario';

const result = loadScenario(readFileSync('public/scenarios/default.json', 'utf8'));
if (!result.ok) throw new Error('default scenario did not load');
const ctx = buildNarrationContext(result.spec);
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/users-tg/b09b9e60ce044f89';
const FACTS: ServiceFacts = { healthy: 2, desired: 3, minimumHealthyPercent: 100 };
const facts = (serviceId: string) => (serviceId === 'UsersService' ? FACTS : null);

function unhealthy(task: string, description: string): TargetHealthEvent {
  return { t: 40_000, type: 'target.health', targetGroup: 'UsersTargetGroup', target: task, instance: null, port: null, from: 'healthy', to: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description };
}

function marked(task: string): ServiceEventEvent {
  return {
    t: 40_000,
    type: 'service.event',
    service: 'UsersService',
    message: `(service users) (task ${task}) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed with these codes: [302])`,
  };
}

function stop(task: string, stop: Partial<TaskStatusEvent>): TaskStatusEvent {
  return { t: 40_000, type: 'task.status', task, service: 'UsersService', from: 'RUNNING', to: 'DEACTIVATING', stopCode: null, stoppedReason: null, ...stop };
}

function lines(events: readonly SimEvent[], lens: 'aws' | 'orchestra' = 'aws') {
  return captionLines(events, lens, ctx, facts).map((line) => `${line.subject.kind}:${line.subject.id} [${line.tone}] ${line.text}`);
}

describe('captions', () => {
  it('put the health check codes beside the task, and say ECS is replacing it with its arithmetic', () => {
    const batch = [unhealthy('UsersService-2', 'Health checks failed with these codes: [302]'), marked('UsersService-2')];
    expect(lines(batch)).toEqual([
      'task:UsersService-2 [problem] Health checks failed with these codes: [302]',
      'task:UsersService-2 [action] ECS is replacing it: 2 of 3 healthy, minimum 100 %',
    ]);
    expect(lines(batch, 'orchestra')).toEqual([
      'task:UsersService-2 [problem] Out of tune: Health checks failed with these codes: [302]',
      'task:UsersService-2 [action] A substitute comes first: 2 of 3 in tune, minimum 100 %',
    ]);
  });

  it('say ECS stops a task marked and stopped in the same instant, not that it replaces it', () => {
    const batch = [
      unhealthy('UsersService-2', 'Health checks failed with these codes: [500]'),
      marked('UsersService-2'),
      stop('UsersService-2', { stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Task failed ELB health checks in (target-group ${ARN})` }),
    ];
    expect(lines(batch)).toEqual([
      'task:UsersService-2 [problem] Health checks failed with these codes: [500]',
      'task:UsersService-2 [action] ECS stops it: Task failed ELB health checks in users-tg',
    ]);
  });

  it("use AWS's error name for a task that cannot start, and say what a crash does to requests", () => {
    const pull = stop('UsersService-4', {
      from: 'PENDING',
      to: 'DEPROVISIONING',
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref public.ecr.aws/orchestra/users:9.9.9: not found',
    });
    expect(lines([pull])).toEqual(['task:UsersService-4 [problem] Failed to start: CannotPullContainerError']);
    expect(lines([pull], 'orchestra')).toEqual(['task:UsersService-4 [problem] Never starts playing: CannotPullContainerError']);
    expect(lines([stop('UsersService-1', { stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' })])).toEqual([
      'task:UsersService-1 [problem] Essential container exited: its in-flight requests get 502',
    ]);
    expect(errorName('Task failed to start')).toBe('Task failed to start');
  });

  it('put deployment outcomes beside the service, in ECS words (AWS) or the narration (orchestra)', () => {
    const failed: ServiceEventEvent = { t: 1, type: 'service.event', service: 'UsersService', message: '(service users) (deployment ecs-svc/2) deployment failed: tasks failed to start.' };
    expect(lines([failed])).toEqual(['service:UsersService [problem] (deployment ecs-svc/2) deployment failed: tasks failed to start']);
    expect(lines([failed], 'orchestra')).toEqual(['service:UsersService [problem] The new edition for the violins (users) failed: tasks failed to start (deployment ecs-svc/2)']);
    const steady: ServiceEventEvent = { t: 1, type: 'service.event', service: 'UsersService', message: '(service users) has reached a steady state.' };
    expect(lines([steady])).toEqual(['service:UsersService [good] Has reached a steady state']);
    // A warm start is steady at 0:00, before any story: no caption.
    expect(lines([{ ...steady, t: 0 }])).toEqual([]);
  });

  it('leave routine events uncaptioned: starts, registrations, healthy targets, steps of a stop', () => {
    const routine: SimEvent[] = [
      { t: 1, type: 'task.status', task: 'UsersService-4', service: 'UsersService', from: null, to: 'PROVISIONING', stopCode: null, stoppedReason: null },
      { t: 1, type: 'service.event', service: 'UsersService', message: '(service users) has started 1 tasks: (task UsersService-4).' },
      { t: 1, type: 'target.health', targetGroup: 'UsersTargetGroup', target: 'UsersService-1', instance: null, port: null, from: 'initial', to: 'healthy', reason: null, description: null },
      stop('UsersService-1', { from: 'DEACTIVATING', to: 'STOPPING', stopCode: 'ServiceSchedulerInitiated' }),
    ];
    expect(lines(routine)).toEqual([]);
  });
});
