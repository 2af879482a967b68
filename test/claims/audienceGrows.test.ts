/** "The audience grows" (public/scenarios/audience-grows.json), warm, with Service Auto Scaling: its description, claim by claim. */
import type { ScalingActivityEvent, ScalingDatapointEvent, SimEvent } from '../../src/engine';
import { describeClaims, type Claim } from './scenarioClaims';

const cpu = (events: readonly SimEvent[]) =>
  events.filter((e): e is ScalingDatapointEvent => e.type === 'scaling.datapoint' && e.metric === 'CPUUtilization');
const activities = (events: readonly SimEvent[]) => events.filter((e): e is ScalingActivityEvent => e.type === 'scaling.activity');
const at = (events: readonly SimEvent[], seconds: number) => cpu(events).find((d) => d.t === seconds * 1000);

const claims: readonly Claim[] = [
  [
    'Two shop tasks are running and healthy when the clock starts, with 10 visitors a second: each task of 0.25 vCPU runs at about 25 % CPU (5 % at rest plus 10 ms per request), well below the 50 % its target tracking policy aims for.',
    ({ atStart, events, spec }) => {
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus])).toEqual([['ShopService-1', 'RUNNING'], ['ShopService-2', 'RUNNING']]);
      expect(atStart.targetGroups[0]?.targets.map((t) => t.state)).toEqual(['healthy', 'healthy']);
      expect(spec.taskDefinitions[0]?.cpu).toBe(256);
      // 10/s over 2 tasks: 300 requests a minute each x 10 ms / 15,000 ms = 20 %, plus 5.
      for (const s of [60, 120]) {
        expect(at(events, s)?.value).toBeGreaterThan(22);
        expect(at(events, s)?.value).toBeLessThan(28);
      }
      expect(spec.scaling?.[0]?.policies[0]).toMatchObject({ metric: 'ECSServiceAverageCPUUtilization', targetValue: 50 });
    },
  ],
  [
    'At 2 minutes a spike brings 90 visitors a second for five minutes: the two tasks are flat out at 100 %, and after three datapoints above 50 % in a row, at 3, 4 and 5 minutes, the high alarm fires and Application Auto Scaling raises the desired count to ceil(2 x 100 / 50) = 4.',
    ({ events, spec }) => {
      expect(spec.traffic?.timeline).toEqual([{ kind: 'spike', at: 120, rate: 90, seconds: 300 }]);
      expect([180, 240, 300].map((s) => at(events, s)?.value)).toEqual([100, 100, 100]);
      const high = events.filter((e) => e.type === 'scaling.alarm' && e.role === 'high' && e.to === 'ALARM');
      expect(high.map((e) => e.t)).toEqual([300_000]);
      expect(activities(events)[0]).toMatchObject({ t: 300_000, direction: 'out', from: 2, to: 4, value: 100, target: 50 });
    },
  ],
  [
    'The scale-out cooldown is 60 seconds, so it looks again at 6 minutes: 4 tasks averaging 75 % ask for 7, and at 7 minutes 7 tasks averaging 58 % ask for 9, held to the maximum of 8.',
    ({ events }) => {
      const [, second, third] = activities(events);
      expect(second).toMatchObject({ t: 360_000, from: 4, to: 7 });
      expect(Math.round(second?.value ?? 0)).toBe(75);
      expect(Math.ceil((4 * (second?.value ?? 0)) / 50)).toBe(7);
      expect(at(events, 360)?.over).toBe(4);
      expect(third).toMatchObject({ t: 420_000, from: 7, to: 8 });
      expect(Math.round(third?.value ?? 0)).toBe(58);
      expect(Math.ceil((7 * (third?.value ?? 0)) / 50)).toBe(9);
      expect(at(events, 420)?.over).toBe(7);
    },
  ],
  [
    'The spike ends at 7 minutes, but scaling in is slower: the low alarm needs 15 datapoints in a row below 45 % (90 % of the target), so the first task is sent home at 22 minutes, then one more every 2 minutes (the scale-in cooldown) until the service is back at its minimum of 2 at 32 minutes.',
    ({ events, sim }) => {
      const low = cpu(events).filter((d) => d.t >= 480_000 && d.t <= 1_320_000);
      expect(low).toHaveLength(15);
      for (const d of low) expect(d.value).toBeLessThan(45);
      const ins = activities(events).filter((a) => a.direction === 'in').map((a) => [a.t / 60_000, a.from, a.to]);
      expect(ins).toEqual([[22, 8, 7], [24, 7, 6], [26, 6, 5], [28, 5, 4], [30, 4, 3], [32, 3, 2]]);
      expect(sim.snapshot().services[0]).toMatchObject({ desiredCount: 2, runningCount: 2 });
    },
  ],
  [
    'Every request is answered 200 throughout.',
    ({ requests }) => {
      expect(requests.length).toBeGreaterThan(40_000);
      expect(requests.every((r) => r.status === 200)).toBe(true);
    },
  ],
];

describeClaims({ file: 'audience-grows.json' }, 2100, claims);
