/**
 * AWS's full table of EC2 instance types, current and previous generations, as vCPUs and memory (GiB), so no real
 * instance type a template names is reported unknown. Source: the Amazon EC2 Instance Types guide's hardware
 * specifications (docs.aws.amazon.com/ec2/latest/instancetypes: gp.html, co.html, mo.html, so.html, ac.html,
 * hpc.html and pg.html for the previous generations; the EC2 User Guide's "General purpose instances" and
 * "Previous generation instances" tables for m1-m4, c1-c4, r3, i2, t1 and the like).
 *
 * Most families are regular: each size has a fixed vCPU count (large 2, xlarge 4, 2xlarge 8, ... 48xlarge 192) and
 * the family a fixed GiB per vCPU (m 4, c 2, r 8, x2gd 16); those are written as a family, the rest type by type.
 */
import type { InstanceSize } from './instanceTypes';

const VCPUS: Readonly<Record<string, number>> = {
  medium: 1, large: 2, xlarge: 4, '2xlarge': 8, '3xlarge': 12, '4xlarge': 16, '6xlarge': 24, '8xlarge': 32,
  '9xlarge': 36, '12xlarge': 48, '16xlarge': 64, '18xlarge': 72, '24xlarge': 96, '32xlarge': 128, '48xlarge': 192,
};

const UP_TO_24 = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const UP_TO_32 = [...UP_TO_24, '32xlarge'];
const UP_TO_48 = [...UP_TO_24, '32xlarge', '48xlarge'];
const GRAVITON = ['medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'];
const GRAVITON4 = [...GRAVITON, '24xlarge', '48xlarge'];
const C5_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '9xlarge', '12xlarge', '18xlarge', '24xlarge'];

/** Regular families: GiB per vCPU, sizes, and the vCPUs of `metal` (omitted: no metal size). */
const FAMILIES: readonly (readonly [families: string, gibPerVcpu: number, sizes: readonly string[], metal?: number])[] = [
  // General purpose
  ['m5 m5d m5n m5dn', 4, UP_TO_24, 96],
  ['m5a m5ad', 4, UP_TO_24],
  ['m5zn', 4, ['large', 'xlarge', '2xlarge', '3xlarge', '6xlarge', '12xlarge'], 48],
  ['m6i m6id m6in m6idn', 4, UP_TO_32, 128],
  ['m6a', 4, UP_TO_48, 192],
  ['m6g m6gd m7g m7gd', 4, GRAVITON, 64],
  ['m7i', 4, [...UP_TO_24, '48xlarge']],
  ['m7i-flex', 4, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge']],
  ['m7a', 4, ['medium', ...UP_TO_48]],
  ['m8g', 4, GRAVITON4],
  // Compute optimized
  ['c5 c5d', 2, C5_SIZES, 96],
  ['c5a c5ad', 2, UP_TO_24],
  ['c6i c6id c6in', 2, UP_TO_32, 128],
  ['c6a', 2, UP_TO_48, 192],
  ['c6g c6gd c7g c7gd', 2, GRAVITON, 64],
  ['c6gn c7gn', 2, GRAVITON],
  ['c7i', 2, [...UP_TO_24, '48xlarge']],
  ['c7a', 2, ['medium', ...UP_TO_48]],
  ['c8g', 2, GRAVITON4],
  // Memory optimized
  ['r5 r5d r5n r5dn r5b', 8, UP_TO_24, 96],
  ['r5a r5ad', 8, UP_TO_24],
  ['r6i r6id r6in r6idn', 8, UP_TO_32, 128],
  ['r6a', 8, UP_TO_48, 192],
  ['r6g r6gd r7g r7gd', 8, GRAVITON, 64],
  ['r7i', 8, [...UP_TO_24, '48xlarge']],
  ['r7a', 8, ['medium', ...UP_TO_48]],
  ['r7iz', 8, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '32xlarge']],
  ['r8g', 8, GRAVITON4],
  ['x2gd', 16, GRAVITON, 64],
  ['x2iedn', 32, ['xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge', '24xlarge', '32xlarge'], 128],
  ['x2idn', 16, ['16xlarge', '24xlarge', '32xlarge'], 128],
  ['z1d', 8, ['large', 'xlarge', '2xlarge', '3xlarge', '6xlarge', '12xlarge'], 48],
  // Storage optimized
  ['i3en', 8, ['large', 'xlarge', '2xlarge', '3xlarge', '6xlarge', '12xlarge', '24xlarge'], 96],
  ['i4i', 8, UP_TO_32, 128],
  ['i4g', 8, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge']],
  ['im4gn', 4, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge']],
  ['is4gen', 6, ['medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge']],
  ['d3', 8, ['xlarge', '2xlarge', '4xlarge', '8xlarge']],
  ['d3en', 4, ['xlarge', '2xlarge', '4xlarge', '6xlarge', '8xlarge', '12xlarge']],
  ['h1', 4, ['2xlarge', '4xlarge', '8xlarge', '16xlarge']],
  // Accelerated computing
  ['g4dn', 4, ['xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'], 96],
  ['g4ad', 4, ['xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge']],
  ['g5 g6 g6e', 4, ['xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge']],
  ['g5g', 2, ['xlarge', '2xlarge', '4xlarge', '8xlarge', '16xlarge'], 64],
  ['inf2', 4, ['xlarge', '8xlarge', '24xlarge', '48xlarge']],
  ['inf1', 2, ['xlarge', '2xlarge', '6xlarge', '24xlarge']],
  ['trn1', 4, ['2xlarge', '32xlarge']],
];

/** Types whose sizes follow no family rule (burstable, previous generations, GPUs, one-size families). */
const IRREGULAR: Readonly<Record<string, readonly [vcpus: number, memoryGiB: number]>> = {
  // Burstable: T2 has 1 vCPU below medium, T3, T3a and T4g have 2.
  't1.micro': [1, 0.613],
  't2.nano': [1, 0.5], 't2.micro': [1, 1], 't2.small': [1, 2], 't2.medium': [2, 4], 't2.large': [2, 8], 't2.xlarge': [4, 16], 't2.2xlarge': [8, 32],
  ...Object.fromEntries(['t3', 't3a', 't4g'].flatMap((f) => [
    [`${f}.nano`, [2, 0.5]], [`${f}.micro`, [2, 1]], [`${f}.small`, [2, 2]], [`${f}.medium`, [2, 4]],
    [`${f}.large`, [2, 8]], [`${f}.xlarge`, [4, 16]], [`${f}.2xlarge`, [8, 32]],
  ])) as Record<string, readonly [number, number]>,
  // Metal sizes named by their size.
  'm7i.metal-24xl': [96, 384], 'm7i.metal-48xl': [192, 768], 'c7i.metal-24xl': [96, 192], 'c7i.metal-48xl': [192, 384],
  'r7i.metal-24xl': [96, 768], 'r7i.metal-48xl': [192, 1536], 'm7a.metal-48xl': [192, 768], 'c7a.metal-48xl': [192, 384],
  'r7a.metal-48xl': [192, 1536], 'm8g.metal-24xl': [96, 384], 'm8g.metal-48xl': [192, 768], 'c8g.metal-24xl': [96, 192],
  'c8g.metal-48xl': [192, 384], 'r8g.metal-24xl': [96, 768], 'r8g.metal-48xl': [192, 1536], 'r7iz.metal-16xl': [64, 512],
  'r7iz.metal-32xl': [128, 1024],
  // General purpose, earlier
  'a1.medium': [1, 2], 'a1.large': [2, 4], 'a1.xlarge': [4, 8], 'a1.2xlarge': [8, 16], 'a1.4xlarge': [16, 32], 'a1.metal': [16, 32],
  'm1.small': [1, 1.7], 'm1.medium': [1, 3.75], 'm1.large': [2, 7.5], 'm1.xlarge': [4, 15],
  'm2.xlarge': [2, 17.1], 'm2.2xlarge': [4, 34.2], 'm2.4xlarge': [8, 68.4],
  'm3.medium': [1, 3.75], 'm3.large': [2, 7.5], 'm3.xlarge': [4, 15], 'm3.2xlarge': [8, 30],
  'm4.large': [2, 8], 'm4.xlarge': [4, 16], 'm4.2xlarge': [8, 32], 'm4.4xlarge': [16, 64], 'm4.10xlarge': [40, 160], 'm4.16xlarge': [64, 256],
  'mac1.metal': [12, 32], 'mac2.metal': [8, 16],
  // Compute optimized, earlier
  'c1.medium': [2, 1.7], 'c1.xlarge': [8, 7], 'cc2.8xlarge': [32, 60.5],
  'c3.large': [2, 3.75], 'c3.xlarge': [4, 7.5], 'c3.2xlarge': [8, 15], 'c3.4xlarge': [16, 30], 'c3.8xlarge': [32, 60],
  'c4.large': [2, 3.75], 'c4.xlarge': [4, 7.5], 'c4.2xlarge': [8, 15], 'c4.4xlarge': [16, 30], 'c4.8xlarge': [36, 60],
  'c5n.large': [2, 5.25], 'c5n.xlarge': [4, 10.5], 'c5n.2xlarge': [8, 21], 'c5n.4xlarge': [16, 42], 'c5n.9xlarge': [36, 96],
  'c5n.18xlarge': [72, 192], 'c5n.metal': [72, 192],
  // Memory optimized, earlier
  'cr1.8xlarge': [32, 244],
  'r3.large': [2, 15.25], 'r3.xlarge': [4, 30.5], 'r3.2xlarge': [8, 61], 'r3.4xlarge': [16, 122], 'r3.8xlarge': [32, 244],
  'r4.large': [2, 15.25], 'r4.xlarge': [4, 30.5], 'r4.2xlarge': [8, 61], 'r4.4xlarge': [16, 122], 'r4.8xlarge': [32, 244], 'r4.16xlarge': [64, 488],
  'x1.16xlarge': [64, 976], 'x1.32xlarge': [128, 1952],
  'x1e.xlarge': [4, 122], 'x1e.2xlarge': [8, 244], 'x1e.4xlarge': [16, 488], 'x1e.8xlarge': [32, 976], 'x1e.16xlarge': [64, 1952], 'x1e.32xlarge': [128, 3904],
  // Storage optimized, earlier and irregular
  'hi1.4xlarge': [16, 60.5], 'hs1.8xlarge': [16, 117],
  'i2.xlarge': [4, 30.5], 'i2.2xlarge': [8, 61], 'i2.4xlarge': [16, 122], 'i2.8xlarge': [32, 244],
  'i3.large': [2, 15.25], 'i3.xlarge': [4, 30.5], 'i3.2xlarge': [8, 61], 'i3.4xlarge': [16, 122], 'i3.8xlarge': [32, 244], 'i3.16xlarge': [64, 488], 'i3.metal': [72, 512],
  'd2.xlarge': [4, 30.5], 'd2.2xlarge': [8, 61], 'd2.4xlarge': [16, 122], 'd2.8xlarge': [36, 244],
  // Accelerated computing and HPC
  'cg1.4xlarge': [16, 22.5], 'g2.2xlarge': [8, 15], 'g2.8xlarge': [32, 60],
  'g3s.xlarge': [4, 30.5], 'g3.4xlarge': [16, 122], 'g3.8xlarge': [32, 244], 'g3.16xlarge': [64, 488],
  'p2.xlarge': [4, 61], 'p2.8xlarge': [32, 488], 'p2.16xlarge': [64, 732],
  'p3.2xlarge': [8, 61], 'p3.8xlarge': [32, 244], 'p3.16xlarge': [64, 488], 'p3dn.24xlarge': [96, 768],
  'p4d.24xlarge': [96, 1152], 'p4de.24xlarge': [96, 1152], 'p5.48xlarge': [192, 2048],
  'f1.2xlarge': [8, 122], 'f1.4xlarge': [16, 244], 'f1.16xlarge': [64, 976], 'dl1.24xlarge': [96, 768], 'trn1n.32xlarge': [128, 512],
  'hpc6a.48xlarge': [96, 384], 'hpc6id.32xlarge': [64, 1024], 'hpc7a.96xlarge': [192, 768],
  'hpc7g.4xlarge': [16, 128], 'hpc7g.8xlarge': [32, 128], 'hpc7g.16xlarge': [64, 128],
};

function build(): Record<string, InstanceSize> {
  const table: Record<string, InstanceSize> = Object.create(null) as Record<string, InstanceSize>;
  for (const [families, gibPerVcpu, sizes, metal] of FAMILIES) {
    for (const family of families.split(' ')) {
      for (const size of sizes) {
        const vcpus = VCPUS[size] ?? 0;
        table[`${family}.${size}`] = { vcpus, memoryGiB: vcpus * gibPerVcpu };
      }
      if (metal !== undefined) table[`${family}.metal`] = { vcpus: metal, memoryGiB: metal * gibPerVcpu };
    }
  }
  for (const [type, [vcpus, memoryGiB]] of Object.entries(IRREGULAR)) table[type] = { vcpus, memoryGiB };
  return table;
}

export const INSTANCE_TYPE_TABLE: Readonly<Record<string, InstanceSize>> = build();
