/** AWS's full table of instance types: previous generations included, AWS's figures (vCPUs, GiB), and the forms' list agrees with it. */
import { describe, expect, it } from 'vitest';
import { KNOWN_INSTANCE_TYPES, instanceSize, registeredResources } from '../../src/engine';
import { INSTANCE_TYPE_TABLE } from '../../src/engine/instanceTypeTable';

describe('instance types', () => {
  it('knows the previous generations with AWS\'s figures', () => {
    expect(instanceSize('c3.large')).toEqual({ vcpus: 2, memoryGiB: 3.75 });
    expect(instanceSize('c4.8xlarge')).toEqual({ vcpus: 36, memoryGiB: 60 });
    expect(instanceSize('m3.medium')).toEqual({ vcpus: 1, memoryGiB: 3.75 });
    expect(instanceSize('m4.10xlarge')).toEqual({ vcpus: 40, memoryGiB: 160 });
    expect(instanceSize('r3.large')).toEqual({ vcpus: 2, memoryGiB: 15.25 });
    expect(instanceSize('m1.small')).toEqual({ vcpus: 1, memoryGiB: 1.7 });
    expect(instanceSize('t1.micro')).toEqual({ vcpus: 1, memoryGiB: 0.613 });
  });

  it('knows the current generations, regular families and their metal sizes', () => {
    expect(instanceSize('c5.9xlarge')).toEqual({ vcpus: 36, memoryGiB: 72 });
    expect(instanceSize('m5.metal')).toEqual({ vcpus: 96, memoryGiB: 384 });
    expect(instanceSize('m7g.medium')).toEqual({ vcpus: 1, memoryGiB: 4 });
    expect(instanceSize('r6i.32xlarge')).toEqual({ vcpus: 128, memoryGiB: 1024 });
    expect(instanceSize('t4g.nano')).toEqual({ vcpus: 2, memoryGiB: 0.5 });
    expect(instanceSize('g4dn.xlarge')).toEqual({ vcpus: 4, memoryGiB: 16 });
    expect(instanceSize('m7i.metal-48xl')).toEqual({ vcpus: 192, memoryGiB: 768 });
    expect(instanceSize('x9.huge')).toBeUndefined();
    expect(Object.keys(INSTANCE_TYPE_TABLE).length).toBeGreaterThan(500);
  });

  it('registers vCPUs x 1024 CPU units and GiB x 1024 MiB', () => {
    expect(registeredResources('c4.large')).toEqual({ cpu: 2048, memory: 3840 });
    expect(registeredResources('no.such')).toEqual({ cpu: 2048, memory: 4096 });
  });

  it('offers in the forms only types of the full table', () => {
    expect(KNOWN_INSTANCE_TYPES.filter((type) => INSTANCE_TYPE_TABLE[type] === undefined)).toEqual([]);
    expect(KNOWN_INSTANCE_TYPES).toContain('t3.medium');
  });
});
