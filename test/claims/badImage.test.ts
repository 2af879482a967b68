/** "A deploy that cannot pull" (public/scenarios/bad-image.json), warm: its description, claim by claim. */
import type { TaskStatusEvent } from '../../src/engine';
import { launched, messages, statusTimeline, targetTimeline } from '../support/timeline';
import { ofType } from '../support/world';
import { describeClaims, type Claim } from './scenarioClaims';

const PULL_ERROR = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref public.ecr.aws/orchestra/checkout:4.3.0: not found';
const failedToStart = (events: readonly TaskStatusEvent[]) =>
  events.filter((e) => e.to === 'STOPPED' && e.stopCode === 'TaskFailedToStart').map((e) => [e.task, e.t]);

const claims: readonly Claim[] = [
  [
    'Two checkout tasks are running healthy on version 4.2.0 when the clock starts.',
    ({ atStart }) => {
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus, t.image])).toEqual([
        ['CheckoutService-1', 'RUNNING', 'public.ecr.aws/orchestra/checkout:4.2.0'],
        ['CheckoutService-2', 'RUNNING', 'public.ecr.aws/orchestra/checkout:4.2.0'],
      ]);
      expect(atStart.targetGroups[0]?.healthyCount).toBe(2);
    },
  ],
  [
    'At 60 seconds a deploy asks for 4.3.0, a tag that was never pushed: CheckoutService-3 and -4 fail in PENDING with CannotPullContainerError, ECS says it is unable to consistently start tasks successfully and waits 10 seconds before it tries again with -5 and -6, and the old tasks keep serving every request, since the minimum healthy percent is 100.',
    ({ events, requests }) => {
      expect(launched(events).filter(([, t]) => t > 0 && t < 92_000)).toEqual([
        ['CheckoutService-3', 60_000], ['CheckoutService-4', 60_000], ['CheckoutService-5', 80_000], ['CheckoutService-6', 80_000],
      ]);
      for (const task of ['CheckoutService-3', 'CheckoutService-4']) {
        expect(statusTimeline(events, task).slice(1, 3)).toEqual([['PENDING', 63_000], ['DEPROVISIONING', 70_000]]);
      }
      const stops = ofType(events, 'task.status').filter((e) => e.to === 'STOPPED' && e.task !== 'CheckoutService-1' && e.task !== 'CheckoutService-2');
      expect(stops.every((e) => e.stoppedReason === PULL_ERROR)).toBe(true);
      expect(messages(events, 'CheckoutService')).toContainEqual([70_000, '(service checkout) is unable to consistently start tasks successfully.']);
      expect(requests.length).toBeGreaterThan(1000);
      expect(requests.every((r) => r.status === 200)).toBe(true);
      expect(new Set(requests.filter((r) => r.t < 122_000).map((r) => r.target))).toEqual(new Set(['CheckoutService-1', 'CheckoutService-2']));
    },
  ],
  [
    'The third failed task, at 90 seconds, trips the deployment circuit breaker (deployment ecs-svc/2 failed: tasks failed to start) and, with rollback on, ECS rolls back to ecs-svc/1: a new deployment of 4.2.0 starts two tasks that are healthy at 122 seconds and replace the old ones, and the service is steady again at 156 seconds.',
    ({ events, sim }) => {
      const statuses = ofType(events, 'task.status');
      expect(failedToStart(statuses)).toEqual([['CheckoutService-3', 72_000], ['CheckoutService-4', 72_000], ['CheckoutService-5', 92_000], ['CheckoutService-6', 92_000]]);
      // The third failure counts when its task fails, at the end of PENDING: CheckoutService-5 at 90 s.
      expect(statusTimeline(events, 'CheckoutService-5')).toContainEqual(['DEPROVISIONING', 90_000]);
      expect(messages(events, 'CheckoutService').filter(([, m]) => m.includes('deployment') || m.includes('steady'))).toEqual([
        [0, '(service checkout) has reached a steady state.'],
        [90_000, '(service checkout) (deployment ecs-svc/2) deployment failed: tasks failed to start.'],
        [90_000, '(service checkout) rolling back to deployment ecs-svc/1.'],
        [156_000, '(service checkout) (deployment ecs-svc/3) deployment completed.'],
        [156_000, '(service checkout) has reached a steady state.'],
      ]);
      expect(launched(events).filter(([, t]) => t >= 92_000)).toEqual([['CheckoutService-7', 92_000], ['CheckoutService-8', 92_000]]);
      for (const task of ['CheckoutService-7', 'CheckoutService-8']) expect(targetTimeline(events, task)).toEqual([['initial', 102_000], ['healthy', 122_000]]);
      for (const task of ['CheckoutService-1', 'CheckoutService-2']) expect(statusTimeline(events, task)).toEqual([['RUNNING', 0], ['DEACTIVATING', 122_000], ['STOPPING', 152_000], ['DEPROVISIONING', 154_000], ['STOPPED', 156_000]]);
      const service = sim.snapshot().services[0]!;
      expect(service.deployments.map((d) => [d.id, d.taskDefinition, d.rolloutState])).toEqual([['ecs-svc/3', 'checkout:1', 'COMPLETED']]);
      expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.image)).toEqual(['public.ecr.aws/orchestra/checkout:4.2.0', 'public.ecr.aws/orchestra/checkout:4.2.0']);
    },
  ],
];

describeClaims({ file: 'bad-image.json' }, 300, claims);
