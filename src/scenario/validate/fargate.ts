/** Fargate task sizes (aws-semantics fact 8): the memory values each task CPU size allows, in MiB. */

interface SizeRange {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

const FARGATE_SIZES: ReadonlyMap<number, SizeRange | readonly number[]> = new Map<number, SizeRange | readonly number[]>([
  [256, [512, 1024, 2048]],
  [512, { from: 1024, to: 4096, step: 1024 }],
  [1024, { from: 2048, to: 8192, step: 1024 }],
  [2048, { from: 4096, to: 16384, step: 1024 }],
  [4096, { from: 8192, to: 30720, step: 1024 }],
  [8192, { from: 16384, to: 61440, step: 4096 }],
  [16384, { from: 32768, to: 122880, step: 8192 }],
]);

export function isFargateSize(cpu: number, memory: number): boolean {
  const allowed = FARGATE_SIZES.get(cpu);
  if (!allowed) return false;
  if (Array.isArray(allowed)) return allowed.includes(memory);
  const range = allowed as SizeRange;
  return memory >= range.from && memory <= range.to && (memory - range.from) % range.step === 0;
}

/** What AWS allows, for the error message: "cpu 512 allows memory 1024 to 4096 MiB in steps of 1024". */
export function fargateSizeHint(cpu: number): string {
  const allowed = FARGATE_SIZES.get(cpu);
  if (!allowed) return `Fargate task cpu must be one of ${[...FARGATE_SIZES.keys()].join(', ')}`;
  if (Array.isArray(allowed)) return `cpu ${cpu} allows memory ${allowed.join(', ')} MiB`;
  const range = allowed as SizeRange;
  return `cpu ${cpu} allows memory ${range.from} to ${range.to} MiB in steps of ${range.step}`;
}
