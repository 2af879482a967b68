/**
 * "Too slow to start" (public/scenarios/slow-starter.json): its description, claim by claim. It starts cold on
 * purpose: the lesson is what happens while tasks start.
 */
import type { TargetHealthEvent } from '../../src/engine';
import { launched, messages } from '../support/timeline';
import { ofType } from '../support/world';
import { describeClaims, properties, runVariant, type Claim } from './scenarioClaims';

const FILE = 'slow-starter.json';

const claims: readonly Claim[] = [
  [
    'This scenario starts cold, as a first deployment does, because its lesson is how tasks start: two reports tasks start from nothing, and the reports app takes 90 seconds after its container starts to load its caches and answer anything.',
    ({ spec, events, requests }) => {
      expect(spec.start).toBe('cold');
      expect(launched(events).slice(0, 2)).toEqual([['ReportsService-1', 0], ['ReportsService-2', 0]]);
      // Every answer from a task comes at least 90 s after it reached RUNNING.
      const runningAt = new Map(ofType(events, 'task.status').filter((e) => e.to === 'RUNNING').map((e) => [e.task, e.t]));
      const served = requests.filter((r) => r.source === 'target');
      expect(served.length).toBeGreaterThan(0);
      for (const r of served) expect(r.t - r.latencyMs - runningAt.get(r.target ?? '')!).toBeGreaterThanOrEqual(90_000);
    },
  ],
  [
    'The target group checks every 10 seconds and calls a target unhealthy after 2 failures, and the service has no health-check grace period, so each task turns unhealthy 20 seconds after it registers, long before it is ready.',
    ({ events }) => {
      const health = ofType(events, 'target.health');
      const registered = health.filter((e) => e.from === null);
      expect(registered.length).toBeGreaterThan(5);
      for (const reg of registered) {
        // The next change of state (Elb.InitialHealthChecking at the first check keeps it initial, MC23).
        const next = health.find((e: TargetHealthEvent) => e.target === reg.target && e.t > reg.t && e.from !== e.to);
        if (next === undefined) continue;
        expect([next.to, next.t - reg.t, next.description]).toEqual(['unhealthy', 20_000, 'Health checks failed']);
      }
      expect(health.some((e) => e.to === 'healthy')).toBe(false);
    },
  ],
  [
    'ECS stops it, since its MinimumHealthyPercent of 0 lets it, and starts another that meets the same fate: ReportsService-3 and -4 at 30 seconds, then a new task every 34 seconds.',
    ({ events }) => {
      expect(launched(events).slice(2, 8)).toEqual([
        ['ReportsService-3', 30_000], ['ReportsService-4', 30_000], ['ReportsService-5', 64_000], ['ReportsService-6', 98_000], ['ReportsService-7', 132_000], ['ReportsService-8', 166_000],
      ]);
      const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
      expect(stops.every((e) => e.stoppedReason?.startsWith('Task failed ELB health checks in (target-group '))).toBe(true);
      expect(messages(events).some(([, m]) => m.includes('steady state'))).toBe(false);
    },
  ],
  [
    'For the first 30 seconds the load balancer answers every request 503 itself: no target has registered, then none has passed a check.',
    ({ requests }) => {
      const early = requests.filter((r) => r.t < 30_000);
      expect(early.length).toBeGreaterThan(50);
      expect(new Set(early.map((r) => `${r.status} ${r.source}`))).toEqual(new Set(['503 elb']));
    },
  ],
  [
    'After that every target is unhealthy and the load balancer fails open, sending requests to tasks whose app is not up: nearly all of them end with a 502.',
    ({ requests }) => {
      const later = requests.filter((r) => r.t >= 30_000);
      const refused = later.filter((r) => r.status === 502 && r.reason === 'the target refused the connection: its app is not up');
      expect(refused.length / later.length).toBeGreaterThan(0.98);
      expect(later.filter((r) => r.status !== 502).every((r) => r.status === 200)).toBe(true);
    },
  ],
  [
    'Setting HealthCheckGracePeriodSeconds to 120 on the service lets the tasks finish warming up: both turn healthy at 120 seconds and stay.',
    () => {
      const fixed = runVariant(FILE, (t) => {
        properties(t, 'ReportsService').HealthCheckGracePeriodSeconds = 120;
      }, 300);
      expect(launched(fixed.events)).toEqual([['ReportsService-1', 0], ['ReportsService-2', 0]]);
      expect(ofType(fixed.events, 'target.health').filter((e) => e.to === 'healthy').map((e) => [e.target, e.t])).toEqual([['ReportsService-1', 120_000], ['ReportsService-2', 120_000]]);
      expect(messages(fixed.events).filter(([, m]) => m.includes('steady state'))).toEqual([[120_000, '(service reports) has reached a steady state.']]);
      expect(fixed.requests.filter((r) => r.t > 120_000).every((r) => r.status === 200)).toBe(true);
    },
  ],
];

describeClaims({ file: 'slow-starter.json' }, 300, claims);
