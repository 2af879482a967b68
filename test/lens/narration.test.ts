import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine/commands';
import type { SimEvent, TaskStatusEvent } from '../../src/engine/events';
import { buildNarrationContext, narrate, narrationContextFor } from '../../src/lens/narration';
import { loadScenario } from '../../src/scenario';

function defaultSpec() {
  const result = loadScenario(readFileSync('public/scenarios/default.json', 'utf8'));
  if (!result.ok) throw new Error('default scenario did not load');
  return result.spec;
}

const spec = defaultSpec();
const ctx = buildNarrationContext(spec);
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/users-tg/b09b9e60ce044f89';

function both(event: SimEvent) {
  return { aws: narrate(event, 'aws', ctx), orchestra: narrate(event, 'orchestra', ctx) };
}

function status(partial: Partial<TaskStatusEvent>): TaskStatusEvent {
  return {
    t: 60_000,
    type: 'task.status',
    task: 'UsersService-2',
    service: 'UsersService',
    from: 'RUNNING',
    to: 'DEACTIVATING',
    stopCode: null,
    stoppedReason: null,
    ...partial,
  };
}

describe('narration context', () => {
  it('names services with their instruments and target groups by name', () => {
    expect(ctx.services.get('UsersService')).toMatchObject({ name: 'users', instrument: 'violin', targetGroupIds: ['UsersTargetGroup'] });
    expect(ctx.services.get('AuthService')?.instrument).toBe('saxophone');
    expect(ctx.targetGroups.get('UsersTargetGroup')).toEqual({ name: 'users-tg', deregistrationDelaySeconds: 30 });
  });

  it('is built once per spec object', () => {
    expect(narrationContextFor(spec)).toBe(narrationContextFor(spec));
  });
});

describe('task.status', () => {
  it('tells a task start', () => {
    const later = both(status({ t: 90_000, task: 'UsersService-4', from: null, to: 'PROVISIONING' }));
    expect(later.aws).toEqual({ text: 'ECS started task UsersService-4 (users)', category: 'task', importance: 'normal' });
    expect(later.orchestra?.text).toBe('A substitute violinist, UsersService-4, walks on stage');
    expect(narrate(status({ t: 0, task: 'UsersService-1', from: null, to: 'PROVISIONING' }), 'orchestra', ctx)?.text).toBe(
      'A violinist, UsersService-1, walks on stage',
    );
  });

  it('tells a task first seen RUNNING (a warm start) as deployed before the clock started', () => {
    const warm = both(status({ t: 0, task: 'UsersService-1', from: null, to: 'RUNNING' }));
    expect(warm.aws).toEqual({ text: 'Task UsersService-1 (users) is RUNNING: deployed before the clock started', category: 'task', importance: 'normal' });
    expect(warm.orchestra?.text).toBe('A violinist, UsersService-1, is already in their seat and playing');
  });

  it('tells a stop by the scheduler with its cause, as important', () => {
    const event = status({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Task failed ELB health checks in (target-group ${ARN})` });
    const { aws, orchestra } = both(event);
    expect(aws).toEqual({
      text: 'ECS stopped task UsersService-2: it failed ELB health checks in target group users-tg',
      category: 'task',
      importance: 'important',
    });
    expect(orchestra?.text).toBe(
      "The conductor sends violin 2 (UsersService-2) off stage: they kept playing out of tune at the stage manager's sound check (users-tg)",
    );
    expect(orchestra?.importance).toBe('important');
  });

  it('tells the other causes of a stop', () => {
    const container = both(status({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed container health checks' }));
    expect(container.aws?.text).toBe('ECS stopped task UsersService-2: it failed its container health checks');
    expect(container.orchestra?.text).toBe('The conductor sends violin 2 (UsersService-2) off stage: their own tuner kept failing (container health check)');

    const scaling = both(status({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/2)' }));
    expect(scaling.aws?.text).toBe('ECS stopped task UsersService-2: scaling activity initiated by deployment ecs-svc/2');
    expect(scaling.orchestra?.text).toBe('The conductor sends violin 2 (UsersService-2) off stage: the conductor is changing the section (deployment ecs-svc/2)');

    const crash = both(status({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' }));
    expect(crash.aws?.text).toBe('Task UsersService-2 is stopping: its essential container exited');
    expect(crash.orchestra?.text).toBe('Violin 2 (UsersService-2) walks off stage: the lead player stopped playing (essential container exited)');

    const user = both(status({ stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user' }));
    expect(user.aws?.text).toBe('Task UsersService-2 is stopping: a user stopped it');
    expect(user.orchestra?.text).toBe('Violin 2 (UsersService-2) leaves the stage at your request');

    const pull = both(status({ from: 'PENDING', to: 'DEPROVISIONING', stopCode: 'TaskFailedToStart', stoppedReason: 'CannotPullContainerError: not found' }));
    expect(pull.aws).toEqual({ text: 'Task UsersService-2 failed to start: CannotPullContainerError: not found', category: 'task', importance: 'important' });
    expect(pull.orchestra?.text).toBe('Violin 2 (UsersService-2) never starts playing: CannotPullContainerError: not found');
  });

  it('tells stops that come from the EC2 capacity', () => {
    const draining = both(status({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task stopped during instance draining' }));
    expect(draining.aws?.text).toBe('ECS stopped task UsersService-2: its container instance is draining');
    expect(draining.orchestra?.text).toBe('The conductor sends violin 2 (UsersService-2) off stage: their riser is being cleared (container instance draining)');
    const host = both(status({ stopCode: null, stoppedReason: 'Host EC2 (instance i-0123456789abcdef0) stopped/terminated.' }));
    expect(host.aws).toEqual({ text: 'Task UsersService-2 is stopping: its host EC2 instance i-0123456789abcdef0 stopped', category: 'task', importance: 'important' });
    expect(host.orchestra?.text).toBe('Violin 2 (UsersService-2) stops at once: their riser i-0123456789abcdef0 was taken away (host EC2 instance stopped)');
  });

  it('explains each later status', () => {
    const cases: [Partial<TaskStatusEvent>, string, string][] = [
      [{ from: 'PROVISIONING', to: 'PENDING' }, 'Task UsersService-2 is PENDING: ECS has placed it and is starting its containers', 'Violin 2 (UsersService-2) is PENDING: taking a chair on the stage'],
      [{ from: 'PENDING', to: 'ACTIVATING' }, 'Task UsersService-2 is ACTIVATING: ECS registers it in target group users-tg', 'Violin 2 (UsersService-2) is ACTIVATING: the stage manager adds them to the users-tg call sheet'],
      [{ from: 'ACTIVATING', to: 'RUNNING' }, 'Task UsersService-2 is RUNNING: it gets traffic once its health checks pass', 'Violin 2 (UsersService-2) is RUNNING: playing, but no audience until the sound check says in tune'],
      [{ from: 'DEACTIVATING', to: 'STOPPING' }, 'Task UsersService-2 is STOPPING: its containers get SIGTERM, then SIGKILL after the stop timeout', 'Violin 2 (UsersService-2) is STOPPING: packing up (SIGTERM, then SIGKILL after the stop timeout)'],
      [{ from: 'STOPPING', to: 'DEPROVISIONING' }, 'Task UsersService-2 is DEPROVISIONING: its network interface is released', 'Violin 2 (UsersService-2) is DEPROVISIONING: their chair is cleared'],
      [{ from: 'DEPROVISIONING', to: 'STOPPED', stoppedReason: 'Essential container in task exited' }, 'Task UsersService-2 is STOPPED: Essential container in task exited', 'Violin 2 (UsersService-2) has left the stage (STOPPED): Essential container in task exited'],
    ];
    for (const [partial, aws, orchestra] of cases) {
      const told = both(status(partial));
      expect(told.aws).toEqual({ text: aws, category: 'task', importance: 'normal' });
      expect(told.orchestra?.text).toBe(orchestra);
    }
  });
});

describe('task.health', () => {
  it('tells the container health check', () => {
    const { aws, orchestra } = both({ t: 1, type: 'task.health', task: 'AuthService-1', service: 'AuthService', from: 'HEALTHY', to: 'UNHEALTHY' });
    expect(aws).toEqual({ text: 'Task AuthService-1 container health is now UNHEALTHY', category: 'task', importance: 'normal' });
    expect(orchestra?.text).toBe('Saxophone 1 (AuthService-1) checks their own tuning (container health check): UNHEALTHY');
  });
});

describe('target.health', () => {
  const base = { t: 1, type: 'target.health' as const, targetGroup: 'UsersTargetGroup', target: 'UsersService-4', instance: null, port: null };

  it('tells a healthy target', () => {
    const { aws, orchestra } = both({ ...base, from: 'initial', to: 'healthy', reason: null, description: null });
    expect(aws).toEqual({ text: 'Target UsersService-4 in users-tg is healthy', category: 'target', importance: 'normal' });
    expect(orchestra?.text).toBe("The stage manager's sound check: violin 4 (UsersService-4) is in tune");
  });

  it('tells a target first seen healthy (a warm start) as registered and healthy', () => {
    const { aws, orchestra } = both({ ...base, target: 'UsersService-1', from: null, to: 'healthy', reason: null, description: null });
    expect(aws).toEqual({ text: 'Target UsersService-1 in users-tg is registered and healthy', category: 'target', importance: 'normal' });
    expect(orchestra?.text).toBe('Violin 1 (UsersService-1) is on the users-tg call sheet and in tune');
  });

  it('tells an unhealthy target with its reason, as important', () => {
    const { aws, orchestra } = both({
      ...base,
      target: 'UsersService-2',
      from: 'healthy',
      to: 'unhealthy',
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [500]',
    });
    expect(aws).toEqual({ text: 'UsersService-2 in users-tg is unhealthy: Health checks failed with these codes: [500]', category: 'target', importance: 'important' });
    expect(orchestra?.text).toBe(
      "The stage manager's sound check: violin 2 (UsersService-2) is out of tune (Health checks failed with these codes: [500]); the stage manager only reports it",
    );
  });

  it('names an instance target by its instance and host port in the AWS lens', () => {
    const told = both({ ...base, instance: 'i-0123456789abcdef0', port: 32768, from: 'initial', to: 'healthy', reason: null, description: null });
    expect(told.aws?.text).toBe('Target UsersService-4 (i-0123456789abcdef0:32768) in users-tg is healthy');
    expect(told.orchestra?.text).toBe("The stage manager's sound check: violin 4 (UsersService-4) is in tune");
  });

  it('tells registration, draining and deregistration', () => {
    const initial = both({ ...base, from: null, to: 'initial', reason: 'Elb.RegistrationInProgress', description: 'Target registration is in progress' });
    expect(initial.aws?.text).toBe('Target UsersService-4 in users-tg is initial: Target registration is in progress');
    expect(initial.orchestra?.text).toBe('The stage manager adds violin 4 (UsersService-4) to the users-tg call sheet and starts sound checks');
    const draining = both({ ...base, from: 'healthy', to: 'draining', reason: 'Target.DeregistrationInProgress', description: 'Target deregistration is in progress' });
    expect(draining.aws?.text).toBe('Target UsersService-4 in users-tg is draining: in-flight requests may finish for up to 30 s');
    expect(draining.orchestra?.text).toBe('Violin 4 (UsersService-4) finishes the piece before leaving the users-tg call sheet (up to 30 s)');
    const unused = both({ ...base, from: 'draining', to: 'unused', reason: 'Target.NotRegistered', description: 'Target is not registered to the target group' });
    expect(unused.aws?.text).toBe('Target UsersService-4 in users-tg is unused: Target is not registered to the target group');
    expect(unused.orchestra?.text).toBe('Violin 4 (UsersService-4) is off the users-tg call sheet');
  });
});

describe('service.event', () => {
  const cases: [string, string, 'service' | 'deployment'][] = [
    ['(service users) has started 1 tasks: (task UsersService-4).', 'The conductor brings in 1 violin (users): UsersService-4', 'service'],
    ['(service users) has stopped 2 running tasks: (task UsersService-1) (task UsersService-2).', 'The conductor sends 2 violins (users) off stage: UsersService-1, UsersService-2', 'service'],
    [`(service users) registered 1 targets in (target-group ${ARN})`, 'The stage manager puts 1 violin (users) on the users-tg call sheet', 'service'],
    [`(service users) deregistered 2 targets in (target-group ${ARN})`, 'The stage manager takes 2 violins (users) off the users-tg call sheet', 'service'],
    ['(service users) has begun draining connections on 1 tasks.', '1 violin (users) finishes the piece before leaving', 'service'],
    [
      `(service users) (task UsersService-2) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed with these codes: [500])`,
      "The conductor hears the stage manager's report: violin 2 (UsersService-2) is out of tune on users-tg (Health checks failed with these codes: [500])",
      'service',
    ],
    ['(service users) (task UsersService-2) failed container health checks', 'Violin 2 (UsersService-2) failed their own tuning check (container health check)', 'service'],
    ['(service users) (deployment ecs-svc/2) deployment completed.', 'All the violins (users) play the current edition (deployment ecs-svc/2 completed)', 'deployment'],
    ['(service users) has reached a steady state.', 'The violins (users) are at full strength and settled (steady state)', 'service'],
    ['(service users) is unable to consistently start tasks successfully.', 'The conductor cannot get new violins (users) to start playing (unable to consistently start tasks)', 'service'],
    [
      '(service users) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
      'The conductor is stuck: the head-count limits of the violins (users) leave no room to swap players (minimumHealthyPercent and maximumPercent)',
      'deployment',
    ],
    ['(service users) (deployment ecs-svc/2) deployment failed: tasks failed to start.', 'The new edition for the violins (users) failed: tasks failed to start (deployment ecs-svc/2)', 'deployment'],
    ['(service users) rolling back to deployment ecs-svc/1.', 'The conductor goes back to the previous edition for the violins (users) (deployment ecs-svc/1)', 'deployment'],
    [
      '(service users) was unable to place a task because no container instance met all of its requirements. The closest matching container-instance i-0123456789abcdef0 is already using a port required by your task. For more information, see the Troubleshooting section.',
      'The conductor cannot seat another violin (users): no riser has a free chair (The closest matching container-instance i-0123456789abcdef0 is already using a port required by your task.)',
      'service',
    ],
    ['(service users) did something new.', 'The conductor notes: (service users) did something new.', 'service'],
  ];

  it('passes ECS messages through in the AWS lens (target groups by short name) and retells them in the orchestra lens, all important', () => {
    for (const [message, orchestra, category] of cases) {
      const told = both({ t: 1, type: 'service.event', service: 'UsersService', message });
      // Short IDs in narration (issue 10): the ARN is in the target group's inspector.
      expect(told.aws).toEqual({ text: message.replace(ARN, 'users-tg'), category, importance: 'important' });
      expect(told.orchestra).toEqual({ text: orchestra, category, importance: 'important' });
    }
  });
});

describe('commands', () => {
  const cases: [Command, string, string][] = [
    [{ do: 'crashTask', task: 'UsersService-2' }, 'You crashed task UsersService-2: its essential container exits', 'You make violin 2 (UsersService-2) stop playing mid-piece (essential container exits)'],
    [{ do: 'failHealthChecks', task: 'UsersService-2' }, 'You made task UsersService-2 answer its health checks with 500', 'You put violin 2 (UsersService-2) out of tune: sound checks now get 500'],
    [{ do: 'failHealthChecks', task: 'UsersService-2', timeout: true }, 'You made task UsersService-2 stop answering its health checks', 'You make violin 2 (UsersService-2) ignore the sound check (health checks time out)'],
    [{ do: 'failHealthChecks', task: 'UsersService-2', container: true }, 'You made task UsersService-2 fail its container health check', "You make violin 2 (UsersService-2)'s own tuner fail (container health check)"],
    [{ do: 'recoverTask', task: 'UsersService-2' }, 'You cleared the injected faults of task UsersService-2', 'Violin 2 (UsersService-2) recovers: back in tune and at normal speed'],
    [{ do: 'stopTask', task: 'UsersService-2' }, 'You stopped task UsersService-2 (StopTask)', 'You ask violin 2 (UsersService-2) to leave the stage (StopTask)'],
    [{ do: 'slowTask', task: 'UsersService-2', latencyMs: 3000 }, 'You slowed task UsersService-2 down by 3000 ms per request', 'You make violin 2 (UsersService-2) play slowly (3000 ms late on every note)'],
    [{ do: 'setDesiredCount', service: 'UsersService', count: 5 }, 'You set the desired count of service users to 5', 'You ask the conductor for 5 violins (users)'],
    [{ do: 'setTraffic', rate: 20 }, 'You set traffic to 20 requests per second', 'The audience now arrives at 20 per second'],
    [{ do: 'setTraffic', mix: [] }, 'You changed the traffic mix', 'The audience now asks for different pieces (traffic mix)'],
    [{ do: 'deploy', service: 'UsersService', image: 'users:1.5.0' }, 'You deployed a new revision of service users with image users:1.5.0', 'You hand the violins (users) a new edition of the sheet music and a new instrument, users:1.5.0'],
    [{ do: 'forceNewDeployment', service: 'UsersService' }, 'You forced a new deployment of service users', 'You have the violins (users) replay the same edition with fresh players (force new deployment)'],
    [{ do: 'request', method: 'GET', path: '/api/users' }, 'You sent GET /api/users', 'An audience member asks for GET /api/users'],
    [
      { do: 'drainInstance', instance: 'i-0123456789abcdef0' },
      'You set container instance i-0123456789abcdef0 to DRAINING: ECS replaces its tasks elsewhere, then stops them',
      'You clear riser i-0123456789abcdef0: its players move to other chairs, then leave (instance DRAINING)',
    ],
    [
      { do: 'stopInstance', instance: 'i-0123456789abcdef0' },
      'You stopped EC2 instance i-0123456789abcdef0: its tasks stop at once',
      'You take away riser i-0123456789abcdef0: every player on it stops at once',
    ],
    [
      { do: 'removeInstance', instance: 'i-0123456789abcdef0' },
      'You removed container instance i-0123456789abcdef0: it drains, then deregisters once its last task has stopped',
      'You retire riser i-0123456789abcdef0: it is cleared, then leaves the stage once its last player has gone',
    ],
    [{ do: 'addInstances', cluster: 'ApiCluster', count: 2, instanceType: 't3.small' }, 'You added 2 container instances (t3.small) to cluster api', 'You add 2 risers (t3.small) to the stage api'],
    [{ do: 'addInstances', cluster: 'ApiCluster' }, 'You added 1 container instance to cluster api', 'You add 1 riser to the stage api'],
  ];

  it('tells applied commands with their effect', () => {
    for (const [command, aws, orchestra] of cases) {
      const told = both({ t: 1, type: 'command.applied', command });
      expect(told.aws).toEqual({ text: aws, category: 'command', importance: 'normal' });
      expect(told.orchestra?.text).toBe(orchestra);
    }
  });

  it('tells rejected commands with the reason, as important', () => {
    const told = both({ t: 1, type: 'command.rejected', command: { do: 'crashTask', task: 'UsersService-2' }, reason: 'task UsersService-2 is PENDING: its containers are not running yet' });
    expect(told.aws).toEqual({
      text: 'Could not crash task UsersService-2: task UsersService-2 is PENDING: its containers are not running yet',
      category: 'command',
      importance: 'important',
    });
    expect(told.orchestra?.text).toBe('Could not make violin 2 (UsersService-2) stop playing: task UsersService-2 is PENDING: its containers are not running yet');
  });
});

describe('request.completed', () => {
  const base = {
    t: 1,
    type: 'request.completed' as const,
    id: 1,
    method: 'GET',
    host: 'shop.example.com',
    path: '/api/users/7',
    query: '',
    listener: 'HttpsListener',
    listenerPort: 443,
    rule: 10,
    targetGroup: 'UsersTargetGroup',
    instance: null,
    port: null,
    location: null,
  };

  it('tells who answered', () => {
    const target = both({ ...base, target: 'UsersService-1', status: 200, source: 'target', reason: 'answered by the target', latencyMs: 20 });
    expect(target.aws).toEqual({ text: 'GET /api/users/7 answered 200 by UsersService-1 in users-tg in 20 ms', category: 'request', importance: 'normal' });
    expect(target.orchestra?.text).toBe('A note for GET /api/users/7: violin 1 (UsersService-1) answers 200 in 20 ms');
    const elb = both({ ...base, target: null, status: 503, source: 'elb', reason: 'no registered targets in the target group', latencyMs: 0 });
    expect(elb.aws?.text).toBe('GET /api/users/7 answered 503 by the load balancer: no registered targets in the target group');
    expect(elb.orchestra?.text).toBe('Front of house answers GET /api/users/7 itself with 503: no registered targets in the target group');
  });
});
