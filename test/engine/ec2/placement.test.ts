/**
 * EC2 capacity (EC2 issue, "Precisely"): instances with registered CPU and memory, placement across AZs,
 * ephemeral host ports from 32768, one fixed-port task per instance, and ECS's words when nothing fits.
 */
import { createSimulation } from '../../../src/engine';
import { instanceId } from '../../../src/engine/names';
import { ofType, run, world } from '../../support/world';

const INSTANCE = (n: number) => instanceId(`Cluster/test/${n}`);

describe('placement on container instances', () => {
  it('spreads a service across Availability Zones, then instances, in registration order', () => {
    const spec = world({ instances: { count: 3 }, services: [{ id: 'Web', desiredCount: 6, ec2: {} }] });
    const { sim } = run(spec, 20);
    const tasks = sim.snapshot().tasks;
    expect(tasks.map((t) => [t.id, t.availabilityZone, t.instanceId])).toEqual([
      ['Web-1', 'us-east-1a', INSTANCE(0)],
      ['Web-2', 'us-east-1b', INSTANCE(1)],
      ['Web-3', 'us-east-1c', INSTANCE(2)],
      ['Web-4', 'us-east-1a', INSTANCE(0)],
      ['Web-5', 'us-east-1b', INSTANCE(1)],
      ['Web-6', 'us-east-1c', INSTANCE(2)],
    ]);
  });

  it('reserves task CPU and memory from placement until STOPPED (t3.medium: 2048 units, 4096 MiB)', () => {
    const spec = world({ instances: { count: 1 }, services: [{ id: 'Web', desiredCount: 2, ec2: { cpu: 512, memory: 1024 } }] });
    const sim = createSimulation(spec);
    sim.runUntil(0);
    const instance = sim.snapshot().clusters[0]!.instances[0]!;
    expect(instance).toMatchObject({
      instanceType: 't3.medium',
      availabilityZone: 'us-east-1a',
      status: 'ACTIVE',
      cpu: { registered: 2048, remaining: 1024 },
      memory: { registered: 4096, remaining: 2048 },
      taskIds: ['Web-1', 'Web-2'],
    });
    sim.dispatch({ do: 'setDesiredCount', service: 'Web', count: 1 });
    // Web-2, stopped while PROVISIONING, holds its share through DEPROVISIONING (2 s) until STOPPED.
    sim.runUntil(1_999);
    expect(sim.snapshot().clusters[0]!.instances[0]!.cpu.remaining).toBe(1024);
    sim.runUntil(2_000);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-2')!.lastStatus).toBe('STOPPED');
    expect(sim.snapshot().clusters[0]!.instances[0]!).toMatchObject({ cpu: { remaining: 1536 }, memory: { remaining: 3072 }, taskIds: ['Web-1'] });
  });

  it('gives bridge tasks ephemeral host ports from 32768, lowest free first, and registers instance:port targets', () => {
    const spec = world({ instances: { count: 1 }, services: [{ id: 'Web', desiredCount: 3, ec2: { hostPort: 0 } }] });
    const { sim, events } = run(spec, 11);
    expect(sim.snapshot().tasks.map((t) => [t.id, t.hostPorts])).toEqual([
      ['Web-1', { '8080': 32768 }],
      ['Web-2', { '8080': 32769 }],
      ['Web-3', { '8080': 32770 }],
    ]);
    const registered = ofType(events, 'target.health').filter((e) => e.from === null);
    expect(registered.map((e) => [e.target, e.instance, e.port])).toEqual([
      ['Web-1', INSTANCE(0), 32768],
      ['Web-2', INSTANCE(0), 32769],
      ['Web-3', INSTANCE(0), 32770],
    ]);
    expect(sim.snapshot().clusters[0]!.instances[0]!.portsInUse).toEqual([32768, 32769, 32770]);
  });

  it('reuses the lowest freed ephemeral port', () => {
    const spec = world({
      instances: { count: 1 },
      services: [{ id: 'Web', desiredCount: 2, ec2: {}, healthCheck: { intervalSeconds: 5, healthyThreshold: 2 }, deregistrationDelaySeconds: 0 }],
      script: [{ at: 60, command: { do: 'stopTask', task: 'Web-1' } }],
    });
    const { sim } = run(spec, 120);
    const web3 = sim.snapshot().tasks.find((t) => t.id === 'Web-3')!;
    // Web-3 starts at 60 s while Web-1 still holds 32768 (it drains, stops, deprovisions): it takes 32770.
    expect(web3.hostPorts).toEqual({ '8080': 32770 });
  });

  it('allows one task per instance with a fixed host port, and says so in ECS words, once', () => {
    const spec = world({ instances: { count: 2 }, services: [{ id: 'Web', desiredCount: 3, ec2: { hostPort: 80 } }] });
    const { sim, events } = run(spec, 120);
    expect(sim.snapshot().tasks.map((t) => [t.id, t.instanceId, t.hostPorts])).toEqual([
      ['Web-1', INSTANCE(0), { '8080': 80 }],
      ['Web-2', INSTANCE(1), { '8080': 80 }],
    ]);
    const messages = ofType(events, 'service.event').filter((e) => e.message.includes('unable to place'));
    expect(messages.map((e) => [e.t, e.message])).toEqual([
      [
        0,
        `(service web) was unable to place a task because no container instance met all of its requirements. The closest matching container-instance ${INSTANCE(0)} is already using a port required by your task. For more information, see the Troubleshooting section.`,
      ],
    ]);
    expect(sim.snapshot().services[0]!.placementFailure).toBe(messages[0]!.message);
  });

  it('names the closest instance and the first missing resource in the order CPU, memory, ports', () => {
    const cpuBound = world({ instances: { count: 1 }, services: [{ id: 'Web', desiredCount: 3, ec2: { cpu: 1024, memory: 256 } }] });
    expect(ofType(run(cpuBound, 1).events, 'service.event').map((e) => e.message)).toContain(
      `(service web) was unable to place a task because no container instance met all of its requirements. The closest matching container-instance ${INSTANCE(0)} has insufficient CPU units available. For more information, see the Troubleshooting section.`,
    );
    const memoryBound = world({ instances: { count: 1 }, services: [{ id: 'Web', desiredCount: 3, ec2: { cpu: 128, memory: 2048 } }] });
    expect(ofType(run(memoryBound, 1).events, 'service.event').map((e) => e.message)).toContain(
      `(service web) was unable to place a task because no container instance met all of its requirements. The closest matching container-instance ${INSTANCE(0)} has insufficient memory available. For more information, see the Troubleshooting section.`,
    );
  });

  it('says when the cluster has no container instances at all', () => {
    const spec = world({ services: [{ id: 'Web', ec2: {} }] });
    const { sim, events } = run(spec, 30);
    expect(sim.snapshot().tasks).toEqual([]);
    expect(ofType(events, 'service.event').map((e) => e.message)).toEqual([
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section.',
    ]);
  });

  it('honours binpack on memory and the distinctInstance constraint', () => {
    const binpack = world({
      instances: { count: 3 },
      services: [{ id: 'Web', desiredCount: 3, ec2: { memory: 1024, placementStrategies: [{ type: 'binpack', field: 'memory' }] } }],
    });
    expect(new Set(run(binpack, 1).sim.snapshot().tasks.map((t) => t.instanceId))).toEqual(new Set([INSTANCE(0)]));
    const distinct = world({
      instances: { count: 2 },
      services: [{ id: 'Web', desiredCount: 3, ec2: { placementConstraints: [{ type: 'distinctInstance', expression: null }] } }],
    });
    const { sim, events } = run(distinct, 1);
    expect(sim.snapshot().tasks.map((t) => t.instanceId)).toEqual([INSTANCE(0), INSTANCE(1)]);
    expect(ofType(events, 'service.event').some((e) => e.message.includes('DistinctInstance placement constraint unsatisfied'))).toBe(true);
  });
});
