/** "No chairs left" (public/scenarios/no-chairs-left.json), warm: its description, claim by claim. */
import { launched, messages, statusTimeline, targetTimeline } from '../support/timeline';
import { describeClaims, properties, runVariant, type Claim, type Json, type ScenarioRun } from './scenarioClaims';

const FILE = 'no-chairs-left.json';
const completedAt = (run: ScenarioRun) => messages(run.events).find(([, m]) => m === '(service web) (deployment ecs-svc/2) deployment completed.')?.[0];

const claims: readonly Claim[] = [
  [
    'Two web tasks run on two t3.small instances, one on each, when the clock starts; in bridge mode each maps container port 80 to host port 80, so an instance holds exactly one of them.',
    ({ atStart }) => {
      expect(atStart.clusters[0]?.instances.map((i) => [i.instanceType, i.status])).toEqual([['t3.small', 'ACTIVE'], ['t3.small', 'ACTIVE']]);
      expect(atStart.tasks.map((t) => [t.id, t.lastStatus, t.hostPorts])).toEqual([
        ['WebService-1', 'RUNNING', { '80': 80 }],
        ['WebService-2', 'RUNNING', { '80': 80 }],
      ]);
      expect(new Set(atStart.tasks.map((t) => t.instanceId)).size).toBe(2);
      expect(atStart.targetGroups[0]?.healthyCount).toBe(2);
    },
  ],
  [
    'At 90 seconds a deploy asks for version 2 with the default deployment settings (minimum healthy 100 %, maximum 200 %): ECS must start the new tasks before it may stop an old one, but port 80 is taken on both instances, so no new task can be placed and the deployment stalls while the service events say why.',
    ({ events, spec }) => {
      expect(spec.services[0]?.deployment).toMatchObject({ minimumHealthyPercent: 100, maximumPercent: 200 });
      const said = messages(events).filter(([t]) => t === 90_000).map(([, m]) => m);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^\(service web\) was unable to place a task because no container instance met all of its requirements\. The closest matching container-instance i-[0-9a-f]{17} is already using a port required by your task\./);
      expect(launched(events).filter(([, t]) => t > 0 && t < 200_000)).toEqual([]);
      for (const task of ['WebService-1', 'WebService-2']) expect(statusTimeline(events, task)[1]?.[1]).toBeGreaterThan(200_000);
    },
  ],
  [
    'At 200 seconds a third instance joins the cluster: a new task, WebService-3, takes it and passes its health checks at 230 seconds, an old task drains and stops, its instance is free for the next new task, WebService-4, at 254 seconds, and the deployment completes at 308 seconds.',
    (run) => {
      const { events } = run;
      expect(launched(events).filter(([, t]) => t > 0)).toEqual([['WebService-3', 200_000], ['WebService-4', 254_000]]);
      expect(targetTimeline(events, 'WebService-3')).toEqual([['initial', 210_000], ['healthy', 230_000]]);
      expect(statusTimeline(events, 'WebService-1')).toEqual([['RUNNING', 0], ['DEACTIVATING', 230_000], ['STOPPING', 250_000], ['DEPROVISIONING', 252_000], ['STOPPED', 254_000]]);
      const freed = run.sim.snapshot().tasks;
      expect(freed.find((t) => t.id === 'WebService-4')?.instanceId).toBe(freed.find((t) => t.id === 'WebService-1')?.instanceId);
      expect(completedAt(run)).toBe(308_000);
    },
  ],
  [
    'Every request is answered 200 throughout.',
    ({ requests }) => {
      expect(requests.length).toBeGreaterThan(1500);
      expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    },
  ],
  [
    'Dynamic host ports (HostPort 0), a minimum healthy percent of 50, or a spare instance would have avoided the wait.',
    () => {
      const variants: Record<string, (template: Json) => void> = {
        'HostPort 0': (t) => {
          (((properties(t, 'WebTaskDef').ContainerDefinitions as Json[])[0]!.PortMappings as Json[])[0]!).HostPort = 0;
        },
        'minimum healthy 50 %': (t) => {
          properties(t, 'WebService').DeploymentConfiguration = { MinimumHealthyPercent: 50, MaximumPercent: 200 };
        },
        'a spare instance': (t) => {
          ((((t.Resources as Json).ChairsCluster as Json).Metadata as Json).EcsOrchestra as Json).instances = 3;
        },
      };
      for (const [name, change] of Object.entries(variants)) {
        const run = runVariant(FILE, change, 400);
        expect(completedAt(run), name).toBeLessThan(200_000);
        expect(run.requests.filter((r) => r.status !== 200), name).toEqual([]);
      }
    },
  ],
];

describeClaims({ file: 'no-chairs-left.json' }, 400, claims);
