/**
 * AWS's published sizes of common EC2 instance types, as ECS registers them with no reservation for the OS:
 * CPU units = vCPUs x 1024, memory MiB = GiB x 1024. Used for instances a template declares and for instances
 * added while the simulation runs.
 */

export interface InstanceSize {
  readonly vcpus: number;
  readonly memoryGiB: number;
}

const SIZES: Readonly<Record<string, InstanceSize>> = {
  't2.nano': { vcpus: 1, memoryGiB: 0.5 },
  't2.micro': { vcpus: 1, memoryGiB: 1 },
  't2.small': { vcpus: 1, memoryGiB: 2 },
  't2.medium': { vcpus: 2, memoryGiB: 4 },
  't2.large': { vcpus: 2, memoryGiB: 8 },
  't2.xlarge': { vcpus: 4, memoryGiB: 16 },
  't2.2xlarge': { vcpus: 8, memoryGiB: 32 },
  't3.nano': { vcpus: 2, memoryGiB: 0.5 },
  't3.micro': { vcpus: 2, memoryGiB: 1 },
  't3.small': { vcpus: 2, memoryGiB: 2 },
  't3.medium': { vcpus: 2, memoryGiB: 4 },
  't3.large': { vcpus: 2, memoryGiB: 8 },
  't3.xlarge': { vcpus: 4, memoryGiB: 16 },
  't3.2xlarge': { vcpus: 8, memoryGiB: 32 },
  't3a.nano': { vcpus: 2, memoryGiB: 0.5 },
  't3a.micro': { vcpus: 2, memoryGiB: 1 },
  't3a.small': { vcpus: 2, memoryGiB: 2 },
  't3a.medium': { vcpus: 2, memoryGiB: 4 },
  't3a.large': { vcpus: 2, memoryGiB: 8 },
  't3a.xlarge': { vcpus: 4, memoryGiB: 16 },
  't3a.2xlarge': { vcpus: 8, memoryGiB: 32 },
  'm5.large': { vcpus: 2, memoryGiB: 8 },
  'm5.xlarge': { vcpus: 4, memoryGiB: 16 },
  'm5.2xlarge': { vcpus: 8, memoryGiB: 32 },
  'm5.4xlarge': { vcpus: 16, memoryGiB: 64 },
  'm6i.large': { vcpus: 2, memoryGiB: 8 },
  'm6i.xlarge': { vcpus: 4, memoryGiB: 16 },
  'm6i.2xlarge': { vcpus: 8, memoryGiB: 32 },
  'm6i.4xlarge': { vcpus: 16, memoryGiB: 64 },
  'c5.large': { vcpus: 2, memoryGiB: 4 },
  'c5.xlarge': { vcpus: 4, memoryGiB: 8 },
  'c5.2xlarge': { vcpus: 8, memoryGiB: 16 },
  'c5.4xlarge': { vcpus: 16, memoryGiB: 32 },
  'c6i.large': { vcpus: 2, memoryGiB: 4 },
  'c6i.xlarge': { vcpus: 4, memoryGiB: 8 },
  'r5.large': { vcpus: 2, memoryGiB: 16 },
  'r5.xlarge': { vcpus: 4, memoryGiB: 32 },
  'r5.2xlarge': { vcpus: 8, memoryGiB: 64 },
};

export const DEFAULT_INSTANCE_TYPE = 't3.medium';

export function instanceSize(instanceType: string): InstanceSize | undefined {
  return SIZES[instanceType];
}

/** Registered CPU units and MiB; an unknown type counts as t3.medium (the loader warns about it). */
export function registeredResources(instanceType: string): { cpu: number; memory: number } {
  const size = SIZES[instanceType] ?? SIZES[DEFAULT_INSTANCE_TYPE]!;
  return { cpu: size.vcpus * 1024, memory: size.memoryGiB * 1024 };
}

export const KNOWN_INSTANCE_TYPES: readonly string[] = Object.keys(SIZES);
