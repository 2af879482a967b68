/** The nested-services bundle (public/scenarios/bundles/nested-services), warm: its description, claim by claim. */
import { launched, messages, targetTimeline } from '../support/timeline';
import { describeClaims, sharedInTurn, type Claim } from './scenarioClaims';

const claims: readonly Claim[] = [
  [
    'service.yaml is nested twice under platform.yaml. Both copies name their resources alike, so the simulator prefixes each with its stack name (ShopCatalogStackService, ShopCartStackService).',
    ({ spec }) => {
      expect(spec.services.map((s) => [s.id, s.name])).toEqual([['ShopCatalogStackService', 'catalog'], ['ShopCartStackService', 'cart']]);
      expect(spec.rules.map((r) => r.id)).toEqual(['ShopCatalogStackRule', 'ShopCartStackRule']);
    },
  ],
  [
    'Catalog runs two tasks and cart one, healthy when the clock starts; /catalog reaches catalog by rule 10 and /cart reaches cart by rule 20.',
    ({ atStart, requests }) => {
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus])).toEqual([
        ['ShopCatalogStackService-1', 'RUNNING'], ['ShopCatalogStackService-2', 'RUNNING'], ['ShopCartStackService-1', 'RUNNING'],
      ]);
      expect(atStart.targetGroups.map((g) => g.healthyCount)).toEqual([2, 1]);
      expect(new Set(requests.map((r) => `${r.path} ${r.rule} ${r.targetGroup} ${r.status}`))).toEqual(new Set([
        '/catalog 10 ShopCatalogStackTargetGroup 200', '/cart 20 ShopCartStackTargetGroup 200',
      ]));
      sharedInTurn(requests.filter((r) => r.path === '/catalog'), ['ShopCatalogStackService-1', 'ShopCatalogStackService-2']);
    },
  ],
  [
    'At 90 seconds cart is scaled to three: ShopCartStackService-2 and -3 start and register at 100 seconds, and since the nested template keeps the target group\'s default health check (every 30 seconds, healthy after 5 successes) they turn healthy only at 250 seconds, while cart\'s first task serves every /cart request.',
    ({ events, requests, spec }) => {
      expect(spec.targetGroups[1]?.healthCheck).toMatchObject({ intervalSeconds: 30, healthyThreshold: 5 });
      expect(launched(events).filter(([, t]) => t > 0)).toEqual([['ShopCartStackService-2', 90_000], ['ShopCartStackService-3', 90_000]]);
      for (const task of ['ShopCartStackService-2', 'ShopCartStackService-3']) expect(targetTimeline(events, task)).toEqual([['initial', 100_000], ['healthy', 250_000]]);
      expect(messages(events, 'ShopCartStackService').filter(([, m]) => m.includes('steady state')).map(([t]) => t)).toEqual([0, 250_000]);
      const cart = requests.filter((r) => r.path === '/cart');
      expect(new Set(cart.filter((r) => r.t < 250_000).map((r) => r.target))).toEqual(new Set(['ShopCartStackService-1']));
      sharedInTurn(cart.filter((r) => r.t >= 250_000), ['ShopCartStackService-1', 'ShopCartStackService-2', 'ShopCartStackService-3']);
    },
  ],
];

describeClaims({ bundle: 'nested-services', files: ['platform.yaml', 'service.yaml'] }, 600, claims);
