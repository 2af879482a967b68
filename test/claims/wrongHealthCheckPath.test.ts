/**
 * "The health check that never passes" (public/scenarios/wrong-health-check-path.json): its description, claim by
 * claim. It starts cold on purpose: a task with this health check could never have been healthy.
 */
import { launched } from '../support/timeline';
import { ofType } from '../support/world';
import { describeClaims, properties, runVariant, type Claim, type Json, type ScenarioRun } from './scenarioClaims';

const FILE = 'wrong-health-check-path.json';
const CODES = 'Health checks failed with these codes: [302]';

/** A fixed world: both first tasks healthy 20 s after registering, and nothing replaced or failed since. */
function healthy(run: ScenarioRun): void {
  expect(launched(run.events)).toEqual([['WebService-1', 0], ['WebService-2', 0]]);
  expect(ofType(run.events, 'target.health').filter((e) => e.to === 'healthy').map((e) => [e.target, e.t])).toEqual([['WebService-1', 30_000], ['WebService-2', 30_000]]);
  expect(run.requests.filter((r) => r.t > 30_000 && r.status >= 500)).toEqual([]);
}

const claims: readonly Claim[] = [
  [
    'This scenario starts cold, because a task with this health check could never have been healthy: the web app answers / with a 302 redirect to /login, as many web apps do, and the target group health-checks / expecting 200.',
    ({ spec }) => {
      expect(spec.start).toBe('cold');
      expect(spec.taskDefinitions[0]?.app.responses).toEqual([{ pattern: '/', status: 302 }]);
      expect(spec.targetGroups[0]?.healthCheck).toMatchObject({ path: '/', matcher: '200' });
    },
  ],
  [
    `Two web tasks start and register at 10 seconds, every check fails with [302], and twenty seconds later each target is unhealthy (${CODES}).`,
    ({ events }) => {
      const health = ofType(events, 'target.health').filter((e) => e.target === 'WebService-1' || e.target === 'WebService-2');
      expect(health.slice(0, 6).map((e) => [e.target, e.to, e.t, e.description])).toEqual([
        ['WebService-1', 'initial', 10_000, 'Target registration is in progress'],
        ['WebService-2', 'initial', 10_000, 'Target registration is in progress'],
        ['WebService-1', 'initial', 20_000, 'Initial health checks in progress'],
        ['WebService-2', 'initial', 20_000, 'Initial health checks in progress'],
        ['WebService-1', 'unhealthy', 30_000, CODES],
        ['WebService-2', 'unhealthy', 30_000, CODES],
      ]);
    },
  ],
  [
    'ECS replaces each failing task, since its MinimumHealthyPercent of 0 lets it stop them, and every replacement fails the same way: WebService-3 and -4 at 30 seconds, then a new task every 34 seconds.',
    ({ events }) => {
      expect(launched(events).slice(2, 8)).toEqual([
        ['WebService-3', 30_000], ['WebService-4', 30_000], ['WebService-5', 64_000], ['WebService-6', 98_000], ['WebService-7', 132_000], ['WebService-8', 166_000],
      ]);
      const health = ofType(events, 'target.health');
      expect(health.some((e) => e.to === 'healthy')).toBe(false);
      expect(health.filter((e) => e.to === 'unhealthy').every((e) => e.description === CODES)).toBe(true);
    },
  ],
  [
    'For the first 30 seconds the load balancer answers every request 503 itself; after that every target is unhealthy and it fails open, so visitors still get their pages (200 for /login, 302 for /), apart from a few 502s from replacements whose app has not started yet.',
    ({ requests }) => {
      const early = requests.filter((r) => r.t < 30_000);
      expect(new Set(early.map((r) => `${r.status} ${r.source}`))).toEqual(new Set(['503 elb']));
      const later = requests.filter((r) => r.t >= 30_000);
      expect(new Set(later.filter((r) => r.source === 'target').map((r) => `${r.path} ${r.status}`))).toEqual(new Set(['/login 200', '/ 302']));
      const refused = later.filter((r) => r.status === 502);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length / later.length).toBeLessThan(0.1);
      expect(refused.every((r) => r.reason === 'the target refused the connection: its app is not up')).toBe(true);
    },
  ],
  [
    'The fix is a health-check path that answers 200 (a /health endpoint) or a matcher of 200-399.',
    () => {
      healthy(runVariant(FILE, (t: Json) => { properties(t, 'WebTargetGroup').HealthCheckPath = '/health'; }, 300));
      healthy(runVariant(FILE, (t: Json) => { properties(t, 'WebTargetGroup').Matcher = { HttpCode: '200-399' }; }, 300));
    },
  ],
];

describeClaims({ file: 'wrong-health-check-path.json' }, 300, claims);
