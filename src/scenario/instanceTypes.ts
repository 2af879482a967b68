/**
 * The loader's view of the engine's table of EC2 instance sizes (src/engine/instanceTypes.ts): one table, so the
 * instances a template declares and the ones added while the simulation runs are sized alike, and the loader warns
 * about exactly the types the engine would count as the default.
 */
import { DEFAULT_INSTANCE_TYPE, instanceSize, registeredResources } from '../engine';

export { DEFAULT_INSTANCE_TYPE, registeredResources };

export function isKnownInstanceType(instanceType: string): boolean {
  return instanceSize(instanceType) !== undefined;
}

export function unknownInstanceTypeMessage(instanceType: string): string {
  const size = instanceSize(DEFAULT_INSTANCE_TYPE);
  const shown = size ? ` (${size.vcpus} vCPUs, ${size.memoryGiB} GiB)` : '';
  return `Instance type '${instanceType}' is not in the simulator's table of instance sizes; it counts as ${DEFAULT_INSTANCE_TYPE}${shown}.`;
}
