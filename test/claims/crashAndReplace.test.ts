/** "A crash and a replacement" (public/scenarios/crash-and-replace.json), warm: its description, claim by claim. */
import { launchSequence, messages, statusTimeline, targetTimeline } from '../support/timeline';
import { describeClaims, sharedInTurn, type Claim } from './scenarioClaims';

const TASKS = ['OrdersService-1', 'OrdersService-2', 'OrdersService-3'];

const claims: readonly Claim[] = [
  [
    'Three orders tasks are running, healthy and sharing the traffic when the clock starts; each order takes a second to answer.',
    ({ atStart, requests }) => {
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus])).toEqual(TASKS.map((id) => [id, 'RUNNING']));
      expect(atStart.targetGroups[0]?.targets.map((t) => t.state)).toEqual(['healthy', 'healthy', 'healthy']);
      const beforeCrash = requests.filter((r) => r.t < 90_000);
      expect(beforeCrash.every((r) => r.status === 200 && r.latencyMs === 1000)).toBe(true);
      sharedInTurn(beforeCrash, TASKS);
    },
  ],
  [
    'At 90 seconds the essential container of OrdersService-2 exits: the three requests it was still answering end with a 502 from the load balancer, and the load balancer drains it.',
    ({ requests, events }) => {
      const failed = requests.filter((r) => r.status !== 200);
      expect(failed.map((r) => [r.t, r.target, r.status, r.source, r.reason])).toEqual(
        Array.from({ length: 3 }, () => [90_000, 'OrdersService-2', 502, 'elb', 'target closed the connection: its task crashed']),
      );
      expect(statusTimeline(events, 'OrdersService-2').slice(0, 2)).toEqual([['RUNNING', 0], ['DEACTIVATING', 90_000]]);
      expect(targetTimeline(events, 'OrdersService-2')).toEqual([['healthy', 0], ['draining', 90_000], ['unused', 120_000]]);
    },
  ],
  [
    'The service scheduler starts OrdersService-4 at once to get back to the desired count of three.',
    ({ events }) => {
      expect(statusTimeline(events, 'OrdersService-4')).toEqual(launchSequence(90_000));
      expect(messages(events, 'OrdersService')).toContainEqual([90_000, '(service orders) has started 1 tasks: (task OrdersService-4).']);
    },
  ],
  [
    'Watch it register at 100 seconds, pass two health checks ten seconds apart and take its share of the requests from 120 seconds; OrdersService-2 stops at 122 seconds, when its 30-second deregistration delay is over, and the service is steady again.',
    ({ events, requests }) => {
      expect(targetTimeline(events, 'OrdersService-4')).toEqual([['initial', 100_000], ['healthy', 120_000]]);
      const served = requests.filter((r) => r.target === 'OrdersService-4');
      expect(served.length).toBeGreaterThan(0);
      expect(Math.min(...served.map((r) => r.t - r.latencyMs))).toBeGreaterThanOrEqual(120_000);
      sharedInTurn(requests.filter((r) => r.t - r.latencyMs >= 120_000), ['OrdersService-1', 'OrdersService-3', 'OrdersService-4']);
      expect(statusTimeline(events, 'OrdersService-2').at(-1)).toEqual(['STOPPED', 122_000]);
      expect(messages(events, 'OrdersService').filter(([, m]) => m.endsWith('has reached a steady state.')).map(([t]) => t)).toEqual([0, 122_000]);
    },
  ],
  [
    'No other request fails.',
    ({ requests }) => {
      expect(requests.filter((r) => r.status !== 200).length).toBe(3);
      expect(requests.length).toBeGreaterThan(2000);
    },
  ],
];

describeClaims({ file: 'crash-and-replace.json' }, 300, claims);
