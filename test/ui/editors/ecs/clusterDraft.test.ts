import { describe, expect, it } from 'vitest';
import { instanceId } from '../../../../src/engine/names';
import { createClusterFromDraft, NEW_CLUSTER_DRAFT } from '../../../../src/ui/editors/ecs/clusterDraft';
import { scenario } from '../../panels/world';

const world = scenario();

describe('createCluster from the draft', () => {
  it('makes a Fargate-only cluster with no instances', () => {
    expect(createClusterFromDraft(world, { ...NEW_CLUSTER_DRAFT, name: 'batch' })).toEqual({ ok: true, value: { do: 'createCluster', cluster: { id: 'BatchCluster', name: 'batch', instances: [] } } });
  });

  it('registers EC2 instances with stable IDs, round robin over the zones', () => {
    const result = createClusterFromDraft(world, { name: 'ec2', capacity: 'EC2', instanceCount: '4', instanceType: 'm5.large' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { instances } = result.value.cluster;
    expect(instances.map((i) => i.availabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1a']);
    expect(instances[0]).toEqual({ id: instanceId('Ec2Cluster/Metadata/1'), instanceType: 'm5.large', availabilityZone: 'us-east-1a', cpu: 2048, memory: 8192, source: 'Metadata' });
  });

  it('refuses a bad name or count before asking AWS', () => {
    expect(createClusterFromDraft(world, { name: 'a b', capacity: 'EC2', instanceCount: '9', instanceType: 't3.medium' })).toEqual({
      ok: false,
      errors: {
        name: 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed in a cluster name.',
        instanceCount: 'Enter a whole number from 0 to 6.',
      },
    });
  });
});
