/** "Dynamic host ports" (public/scenarios/dynamic-ports.json), warm: its description, claim by claim. */
import { launched, messages, statusTimeline, targetTimeline } from '../support/timeline';
import { describeClaims, properties, runVariant, type Claim, type Json } from './scenarioClaims';

const FILE = 'dynamic-ports.json';
const OLD = Array.from({ length: 6 }, (_, i) => `CatalogService-${i + 1}`);
const NEW = Array.from({ length: 6 }, (_, i) => `CatalogService-${i + 7}`);

const claims: readonly Claim[] = [
  [
    'Six catalog tasks share three t3.medium instances, two on each, one instance per Availability Zone, running and healthy when the clock starts.',
    ({ atStart }) => {
      const instances = atStart.clusters[0]?.instances ?? [];
      expect(instances.map((i) => [i.instanceType, i.availabilityZone])).toEqual([['t3.medium', 'us-east-1a'], ['t3.medium', 'us-east-1b'], ['t3.medium', 'us-east-1c']]);
      expect(atStart.tasks.map((t) => t.lastStatus)).toEqual(OLD.map(() => 'RUNNING'));
      for (const instance of instances) expect(atStart.tasks.filter((t) => t.instanceId === instance.id)).toHaveLength(2);
      expect(atStart.targetGroups[0]?.healthyCount).toBe(6);
    },
  ],
  [
    'The tasks run in bridge mode with HostPort 0, so each one gets its own ephemeral host port from 32768 up, and the instance target group registers every instance and port pair as a separate target: two tasks on one instance never collide.',
    ({ atStart, events }) => {
      expect(atStart.tasks.map((t) => t.hostPorts['8080'])).toEqual([32768, 32768, 32768, 32769, 32769, 32769]);
      const pairs = events.filter((e) => e.type === 'target.health' && e.t === 0).map((e) => (e.type === 'target.health' ? `${e.instance}:${e.port}` : ''));
      expect(new Set(pairs).size).toBe(6);
    },
  ],
  [
    'At 120 seconds a deploy asks for version 2 with the default deployment settings (minimum healthy 100 %, maximum 200 %): ECS starts six new tasks beside the six old ones at once, since the instances have ports, CPU and memory to spare, and stops the old tasks as the new ones turn healthy at 150 seconds; the deployment completes at 174 seconds.',
    ({ events, sim }) => {
      expect(launched(events).filter(([, t]) => t > 0)).toEqual(NEW.map((id) => [id, 120_000]));
      expect(messages(events).some(([, m]) => m.includes('unable to place'))).toBe(false);
      for (const id of NEW) expect(targetTimeline(events, id)).toEqual([['initial', 130_000], ['healthy', 150_000]]);
      for (const id of OLD) expect(statusTimeline(events, id)).toEqual([['RUNNING', 0], ['DEACTIVATING', 150_000], ['STOPPING', 170_000], ['DEPROVISIONING', 172_000], ['STOPPED', 174_000]]);
      expect(messages(events).filter(([, m]) => m.includes('deployment completed'))).toEqual([[174_000, '(service catalog) (deployment ecs-svc/2) deployment completed.']]);
      expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.image)).toEqual(NEW.map(() => 'public.ecr.aws/orchestra/catalog:2.0.0'));
    },
  ],
  [
    'Every request is answered 200 throughout.',
    ({ requests }) => {
      expect(requests.length).toBeGreaterThan(2500);
      expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    },
  ],
  [
    'Compare No chairs left, where a fixed host port leaves the same deployment nowhere to go.',
    () => {
      // The same world with a fixed host port, one task per instance: the deploy finds no instance with port 8080 free.
      const fixed = runVariant(FILE, (t: Json) => {
        (((properties(t, 'CatalogTaskDef').ContainerDefinitions as Json[])[0]!.PortMappings as Json[])[0]!).HostPort = 8080;
        properties(t, 'CatalogService').DesiredCount = 3;
      }, 300);
      expect(launched(fixed.events).filter(([, t]) => t > 0)).toEqual([]);
      const said = messages(fixed.events).filter(([t]) => t === 120_000).map(([, m]) => m);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('is already using a port required by your task');
    },
  ],
];

describeClaims({ file: 'dynamic-ports.json' }, 300, claims);
