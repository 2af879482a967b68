import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instanceId } from '../../src/engine/names';
import { formatIssue } from '../../src/scenario';
import { ec2Template, lines, loadErrors, loadOk, type Json } from './helpers';

function withScript(script: unknown[]): Json {
  const template = ec2Template();
  template.Metadata = { EcsOrchestra: { script } };
  return template;
}

// The loader's ec2Template cluster gets the 3 default instances: Cluster/default/1..3.
const first = instanceId('Cluster/default/1');

describe('the EC2 script commands', () => {
  it('reads addInstances, drainInstance, stopInstance and removeInstance', () => {
    const { spec, warnings } = loadOk(withScript([
      { at: 10, do: 'drainInstance', instance: first },
      { at: 20, do: 'addInstances', cluster: 'Cluster', count: 2, instanceType: 't3.large' },
      { at: 30, do: 'addInstances', cluster: 'Cluster' },
      { at: 40, do: 'stopInstance', instance: instanceId('Cluster/default/2') },
      // The engine numbers added instances by how many the cluster ever registered: 3 at t = 0, then 3 and 4, then 5.
      { at: 50, do: 'removeInstance', instance: instanceId('Cluster/added/5') },
    ]));
    expect(warnings).toEqual([]);
    expect(spec.script).toEqual([
      { at: 10, command: { do: 'drainInstance', instance: first } },
      { at: 20, command: { do: 'addInstances', cluster: 'Cluster', count: 2, instanceType: 't3.large' } },
      { at: 30, command: { do: 'addInstances', cluster: 'Cluster' } },
      { at: 40, command: { do: 'stopInstance', instance: instanceId('Cluster/default/2') } },
      { at: 50, command: { do: 'removeInstance', instance: instanceId('Cluster/added/5') } },
    ]);
  });

  it('reports an unknown cluster and instance, with what exists, and bad arguments', () => {
    const errors = loadErrors(withScript([
      { at: 10, do: 'addInstances', cluster: 'Missing' },
      { at: 20, do: 'addInstances', cluster: 'Cluster', count: 0 },
      { at: 30, do: 'drainInstance' },
      { at: 40, do: 'stopInstance', instance: 'i-0000000000000000a' },
      // Added only later in the script, so it does not exist yet at 50 s.
      { at: 50, do: 'removeInstance', instance: instanceId('Cluster/added/3') },
      { at: 60, do: 'addInstances', cluster: 'Cluster' },
    ]));
    const known = [1, 2, 3].map((n) => instanceId(`Cluster/default/${n}`)).join(', ');
    expect(errors.map(formatIssue)).toEqual([
      'error: Metadata.EcsOrchestra.script[1].count: must be at least 1, got number 0',
      'error: Metadata.EcsOrchestra.script[2]: "drainInstance" needs "instance"',
      'error: Metadata.EcsOrchestra.script[0].cluster: "addInstances": cluster "Missing" does not exist (clusters: Cluster)',
      `error: Metadata.EcsOrchestra.script[3].instance: "stopInstance": container instance "i-0000000000000000a" does not exist (known instances: ${known})`,
      `error: Metadata.EcsOrchestra.script[4].instance: "removeInstance": container instance "${instanceId('Cluster/added/3')}" does not exist (known instances: ${known})`,
    ]);
  });

  it('points a cluster named by its name to its logical ID, and warns about an unknown instance type', () => {
    const template = withScript([{ at: 10, do: 'addInstances', cluster: 'stage', instanceType: 'z1.huge' }]);
    (template.Resources as Json).Cluster = { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: 'stage' } };
    const result = loadErrors(template);
    expect(lines(result)).toEqual(['Metadata.EcsOrchestra|script[0].cluster|"addInstances": cluster "stage" does not exist (use its ID "Cluster")']);
    const ok = withScript([{ at: 10, do: 'addInstances', cluster: 'Cluster', instanceType: 'z1.huge' }]);
    expect(lines(loadOk(ok).warnings)).toEqual([
      "Metadata.EcsOrchestra|script[0].instanceType|Instance type 'z1.huge' is not in the simulator's table of instance sizes; it counts as t3.medium (2 vCPUs, 4 GiB).",
    ]);
  });
});

describe('the bundled EC2 scenarios', () => {
  const read = (file: string): string => readFileSync(fileURLToPath(new URL(`../../public/scenarios/${file}`, import.meta.url)), 'utf8');

  it('No chairs left: two t3.small instances, a fixed host port 80, a deploy and an instance added later', () => {
    const { spec } = loadOk(read('no-chairs-left.json'));
    expect(spec.title).toBe('No chairs left');
    expect(spec.clusters.map((c) => c.instances.map((i) => [i.instanceType, i.availabilityZone, i.cpu, i.memory, i.source]))).toEqual([[
      ['t3.small', 'us-east-1a', 2048, 2048, 'Metadata'], ['t3.small', 'us-east-1b', 2048, 2048, 'Metadata'],
    ]]);
    expect(spec.services.map((s) => [s.launchType, s.desiredCount, s.deployment.minimumHealthyPercent, s.deployment.maximumPercent])).toEqual([['EC2', 2, 100, 200]]);
    expect(spec.taskDefinitions[0]).toMatchObject({ networkMode: 'bridge' });
    expect(spec.taskDefinitions[0]?.containers[0]?.portMappings).toEqual([{ containerPort: 80, hostPort: 80, protocol: 'tcp' }]);
    expect(spec.targetGroups[0]?.targetType).toBe('instance');
    expect(spec.listeners.map((l) => l.port)).toEqual([80]);
    expect(spec.script.map((e) => [e.at, e.command.do])).toEqual([[90, 'deploy'], [200, 'addInstances']]);
  });

  it('Dynamic host ports: three instances, six tasks on ephemeral host ports', () => {
    const { spec } = loadOk(read('dynamic-ports.json'));
    expect(spec.clusters[0]?.instances.map((i) => i.availabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(spec.services[0]).toMatchObject({ launchType: 'EC2', desiredCount: 6 });
    expect(spec.taskDefinitions[0]?.containers[0]?.portMappings).toEqual([{ containerPort: 8080, hostPort: null, protocol: 'tcp' }]);
  });
});
