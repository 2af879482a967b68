/**
 * Fargate's task sizes as choices for a form. Derived from the validator's own table (isFargateSize), so the
 * values offered and the values accepted cannot drift apart.
 */
import { isFargateSize } from '../../../scenario';

export const FARGATE_CPUS: readonly number[] = [256, 512, 1024, 2048, 4096, 8192, 16384];

const MAX_FARGATE_MEMORY = 122880;

/** Every memory size (MiB) Fargate allows with `cpu`; empty for a cpu Fargate has no size for. */
export function fargateMemories(cpu: number): number[] {
  const out: number[] = [];
  for (let memory = 512; memory <= MAX_FARGATE_MEMORY; memory += 512) if (isFargateSize(cpu, memory)) out.push(memory);
  return out;
}

/** "512, 1024 or 2048" or "1024 to 4096 in steps of 1024": short enough for a hint under the field. */
export function describeMemories(cpu: number): string {
  const list = fargateMemories(cpu);
  if (list.length === 0) return `Fargate has no size with cpu ${cpu}; pick one of ${FARGATE_CPUS.join(', ')}`;
  if (list.length <= 3) return `cpu ${cpu} allows memory ${list.join(', ')} MiB`;
  const step = (list[1] ?? 0) - (list[0] ?? 0);
  return `cpu ${cpu} allows memory ${list[0] ?? ''} to ${list.at(-1) ?? ''} MiB in steps of ${step}`;
}
