/** The orders-platform bundle (public/scenarios/bundles/orders-platform), warm: its description, claim by claim. */
import { launchSequence, messages, statusTimeline, targetTimeline } from '../support/timeline';
import { describeClaims, type Claim } from './scenarioClaims';

const orders = (path: string) => path === '/orders' || path.startsWith('/orders/');

const claims: readonly Claim[] = [
  [
    'A network stack exports its listener and cluster; the orders stack imports them, adds a rule for /orders and /orders/* and runs its service there.',
    ({ spec }) => {
      expect(spec.listeners.map((l) => [l.id, l.port])).toEqual([['Listener', 80]]);
      expect(spec.rules.map((r) => [r.id, r.listenerId, r.priority, r.conditions])).toEqual([
        ['OrdersRule', 'Listener', 10, [{ field: 'path-pattern', values: ['/orders', '/orders/*'] }]],
      ]);
      expect(spec.services.map((s) => [s.id, s.clusterId])).toEqual([['OrdersService', 'Cluster']]);
      expect(spec.clusters.map((c) => [c.id, c.name])).toEqual([['Cluster', 'orders-network-cluster']]);
    },
  ],
  [
    'Two orders tasks are running and healthy when the clock starts: /orders and /orders/42 reach them by rule 10, and any other path, such as /, gets the listener\'s 404 Not found.',
    ({ atStart, requests }) => {
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus])).toEqual([['OrdersService-1', 'RUNNING'], ['OrdersService-2', 'RUNNING']]);
      expect(atStart.targetGroups[0]?.healthyCount).toBe(2);
      expect(new Set(requests.map((r) => `${r.path} ${r.rule} ${r.status} ${r.source}`))).toEqual(new Set([
        '/orders 10 200 target', '/orders/42 10 200 target', '/ default 404 elb',
      ]));
      expect(requests.filter((r) => r.t < 60_000 && orders(r.path)).map((r) => r.target)).toContain('OrdersService-1');
    },
  ],
  [
    'At 60 seconds OrdersService-1 crashes; the scheduler starts OrdersService-3 at once, which registers at 70 seconds and is healthy at 90, and the service is steady again at 92 seconds.',
    ({ events }) => {
      expect(statusTimeline(events, 'OrdersService-1').slice(0, 2)).toEqual([['RUNNING', 0], ['DEACTIVATING', 60_000]]);
      expect(statusTimeline(events, 'OrdersService-3')).toEqual(launchSequence(60_000));
      expect(targetTimeline(events, 'OrdersService-3')).toEqual([['initial', 70_000], ['healthy', 90_000]]);
      expect(messages(events).filter(([, m]) => m.includes('steady state')).map(([t]) => t)).toEqual([0, 92_000]);
    },
  ],
  [
    'OrdersService-2 answers every order meanwhile: no order request fails.',
    ({ requests }) => {
      const meanwhile = requests.filter((r) => orders(r.path) && r.t >= 60_000 && r.t < 90_000);
      expect(meanwhile.length).toBeGreaterThan(50);
      expect(new Set(meanwhile.map((r) => `${r.target} ${r.status}`))).toEqual(new Set(['OrdersService-2 200']));
      expect(requests.filter((r) => orders(r.path) && r.status !== 200)).toEqual([]);
    },
  ],
];

describeClaims({ bundle: 'orders-platform', files: ['network.yaml', 'orders.yaml'] }, 300, claims);
