/** "A big orchestra" (public/scenarios/big-orchestra.json), warm: its description, claim by claim. */
import { describeClaims, sharedInTurn, type Claim } from './scenarioClaims';

const SECTIONS = ['Strings', 'Reeds', 'Basses', 'Brass', 'Beat', 'Vocals', 'Harp', 'Piano', 'Horns', 'Winds'];

const claims: readonly Claim[] = [
  [
    'Ten sections of ten musicians, one hundred tasks in all, are playing and healthy when the clock starts, to show how the stage reads at scale.',
    ({ atStart, events }) => {
      expect(atStart.services.map((s) => [s.id, s.runningCount, s.steady])).toEqual(SECTIONS.map((name) => [`${name}Service`, 10, true]));
      expect(atStart.tasks.filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(100);
      expect(atStart.targetGroups.map((g) => g.healthyCount)).toEqual(SECTIONS.map(() => 10));
      expect(events.filter((e) => e.type === 'task.status' && e.t > 0)).toEqual([]);
    },
  ],
  [
    '500 requests a second arrive, spread evenly over their ten paths: each section answers about 50 a second, shared out in turn over its ten tasks, every one with 200.',
    ({ requests }) => {
      // Two minutes of Poisson arrivals at 500 a second: within 2 % of 60,000.
      expect(requests.length).toBeGreaterThan(58_800);
      expect(requests.length).toBeLessThan(61_200);
      expect(requests.filter((r) => r.status !== 200)).toEqual([]);
      for (const name of SECTIONS) {
        const section = requests.filter((r) => r.targetGroup === `${name}TargetGroup`);
        // About 50 a second for 120 s: within 5 % of 6,000.
        expect(section.length, name).toBeGreaterThan(5700);
        expect(section.length, name).toBeLessThan(6300);
        sharedInTurn(section, Array.from({ length: 10 }, (_, i) => `${name}Service-${i + 1}`));
      }
    },
  ],
];

describeClaims({ file: 'big-orchestra.json' }, 120, claims);
