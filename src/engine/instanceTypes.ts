/**
 * AWS's published sizes of EC2 instance types, as ECS registers them with no reservation for the OS: CPU units =
 * vCPUs x 1024, memory MiB = GiB x 1024. Used for instances a template declares and for instances added while the
 * simulation runs. Every type is looked up in AWS's full table (instanceTypeTable.ts); the common ones below are
 * what the app's forms offer.
 */
import { INSTANCE_TYPE_TABLE } from './instanceTypeTable';

export interface InstanceSize {
  readonly vcpus: number;
  readonly memoryGiB: number;
}

/** The common types the app's forms offer (any type of the full table loads). */
export const KNOWN_INSTANCE_TYPES: readonly string[] = [
  't2.nano', 't2.micro', 't2.small', 't2.medium', 't2.large', 't2.xlarge', 't2.2xlarge', 't3.nano', 't3.micro',
  't3.small', 't3.medium', 't3.large', 't3.xlarge', 't3.2xlarge', 't3a.nano', 't3a.micro', 't3a.small', 't3a.medium',
  't3a.large', 't3a.xlarge', 't3a.2xlarge', 'm5.large', 'm5.xlarge', 'm5.2xlarge', 'm5.4xlarge', 'm6i.large',
  'm6i.xlarge', 'm6i.2xlarge', 'm6i.4xlarge', 'c5.large', 'c5.xlarge', 'c5.2xlarge', 'c5.4xlarge', 'c6i.large',
  'c6i.xlarge', 'r5.large', 'r5.xlarge', 'r5.2xlarge',
];

export const DEFAULT_INSTANCE_TYPE = 't3.medium';

export function instanceSize(instanceType: string): InstanceSize | undefined {
  return INSTANCE_TYPE_TABLE[instanceType];
}

/** Registered CPU units and MiB; an unknown type counts as t3.medium (the loader warns about it). */
export function registeredResources(instanceType: string): { cpu: number; memory: number } {
  const size = INSTANCE_TYPE_TABLE[instanceType] ?? INSTANCE_TYPE_TABLE[DEFAULT_INSTANCE_TYPE]!;
  // A few old types have fractional GiB (t1.micro 0.613); a registered MiB count is whole.
  return { cpu: size.vcpus * 1024, memory: Math.floor(size.memoryGiB * 1024) };
}

