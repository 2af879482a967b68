/** "The API orchestra" (public/scenarios/default.json), warm: its description, claim by claim. */
import { launched, messages } from '../support/timeline';
import { describeClaims, runSpec, sharedInTurn, type Claim } from './scenarioClaims';

const SERVICES = ['Users', 'Auth', 'Dashboard'];
const tasksOf = (name: string) => [1, 2, 3].map((n) => `${name}Service-${n}`);

const claims: readonly Claim[] = [
  [
    'An API cluster plays three parts: users (violins), auth (saxophones) and dashboard (cellos), three tasks each, all running and healthy when the clock starts.',
    ({ atStart, spec }) => {
      expect(spec.services.map((s) => [s.name, s.desiredCount, spec.taskDefinitions.find((t) => t.id === s.taskDefinitionId)?.app.instrument])).toEqual([
        ['users', 3, 'violin'],
        ['auth', 3, 'saxophone'],
        ['dashboard', 3, 'cello'],
      ]);
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus])).toEqual(SERVICES.flatMap((name) => tasksOf(name).map((id) => [id, 'RUNNING'])));
      expect(atStart.targetGroups.map((g) => g.healthyCount)).toEqual([3, 3, 3]);
      expect(atStart.services.every((s) => s.steady)).toBe(true);
    },
  ],
  [
    'Plain HTTP on port 80 gets a 301 from the load balancer itself, redirecting to HTTPS.',
    ({ requests }) => {
      const http = requests.filter((r) => r.listenerPort === 80);
      expect(http.length).toBeGreaterThan(100);
      expect(new Set(http.map((r) => `${r.status} ${r.source} ${r.rule} ${r.location}`))).toEqual(new Set(['301 elb default https://shop.example.com/']));
    },
  ],
  [
    'On HTTPS the listener rules read each request\'s path in priority order: /api/users* goes to users (rule 10), /api/auth* to auth (rule 20), and every other /api/* path, such as /api/items, falls through to dashboard (rule 30).',
    ({ requests }) => {
      const routed = new Set(requests.filter((r) => r.listenerPort === 443 && r.path.startsWith('/api/')).map((r) => `${r.path} ${r.rule} ${r.targetGroup} ${r.status}`));
      expect(routed).toEqual(new Set([
        '/api/users/7 10 UsersTargetGroup 200',
        '/api/users 10 UsersTargetGroup 200',
        '/api/auth/login 20 AuthTargetGroup 200',
        '/api/items 30 DashboardTargetGroup 200',
      ]));
    },
  ],
  [
    'Anything else, such as /favicon.ico, gets a 404 from the load balancer itself.',
    ({ requests }) => {
      const other = requests.filter((r) => r.listenerPort === 443 && !r.path.startsWith('/api/'));
      expect(other.length).toBeGreaterThan(100);
      expect(new Set(other.map((r) => `${r.path} ${r.rule} ${r.status} ${r.source}`))).toEqual(new Set(['/favicon.ico default 404 elb']));
    },
  ],
  [
    'Each target group shares its requests out in turn over its three tasks.',
    ({ requests }) => {
      for (const name of SERVICES) sharedInTurn(requests.filter((r) => r.targetGroup === `${name}TargetGroup`), tasksOf(name));
    },
  ],
  [
    'Crash a task or fail its health checks from its inspector, and the service replaces it.',
    ({ spec }) => {
      const faults = runSpec({ ...spec, script: [
        { at: 60, command: { do: 'crashTask', task: 'UsersService-1' } },
        { at: 60, command: { do: 'failHealthChecks', task: 'AuthService-2' } },
      ] }, 200);
      // The crash is replaced at once; the failing task once its target is unhealthy (its checks at 60 and 70 s fail, MC14).
      expect(launched(faults.events).filter(([, t]) => t > 0)).toEqual([['UsersService-4', 60_000], ['AuthService-4', 70_000]]);
      expect(messages(faults.events).filter(([, m]) => m.includes('has stopped')).map(([t, m]) => [t, m])).toEqual([
        // Stopped once its replacement is healthy (registered at 80 s, checks at 90 and 100 s).
        [100_000, '(service auth) has stopped 1 running tasks: (task AuthService-2).'],
      ]);
    },
  ],
];

describeClaims({ file: 'default.json' }, 300, claims);
