/**
 * Every limit the simulator holds input to, in one place, so the loader, the command line, the share links and the
 * inspector's number inputs refuse the same numbers with the same words. Plain data: no checks live here.
 *
 * AWS's own, where AWS has one (the default quotas; a real account can raise some, the simulator does not):
 * - Amazon ECS service quotas, https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html:
 *   Tasks per service 5,000 (the desired count); Services per cluster 5,000; Container instances per cluster 5,000.
 * - Quotas for your Application Load Balancers,
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html:
 *   Rules per Application Load Balancer (excluding default rules) 100; Targets per Target Group per Region 1,000;
 *   Target Groups per Action 5; Condition values per Rule 5; Condition wildcards per Rule 5.
 * - Understand CloudFormation quotas, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html:
 *   Template body size in an Amazon S3 object 1 MB; Resources 500 per template.
 * - Application Auto Scaling quotas, https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-limits.html:
 *   Scaling policies per scalable target 50; Step adjustments per step scaling policy 20.
 * - ContainerDefinition.stopTimeout (Amazon ECS API Reference): 2-120 seconds on Fargate.
 *
 * The simulator's own, where a number without a bound would let one input stall the page or the command line
 * (each says why it is what it is).
 */

export interface Limit {
  readonly value: number;
  /** What is limited, as a message names it: "Tasks per service". */
  readonly name: string;
  /** Where the number comes from: an AWS quota page, or "the simulator". */
  readonly source: string;
}

const ECS_QUOTAS = 'Amazon ECS service quotas';
const ELB_QUOTAS = 'Application Load Balancer quotas';
const CFN_QUOTAS = 'CloudFormation quotas';
const SIMULATOR = 'the simulator';

export const LIMITS = {
  tasksPerService: { value: 5000, name: 'Tasks per service', source: ECS_QUOTAS },
  servicesPerCluster: { value: 5000, name: 'Services per cluster', source: ECS_QUOTAS },
  containerInstancesPerCluster: { value: 5000, name: 'Container instances per cluster', source: ECS_QUOTAS },
  rulesPerLoadBalancer: { value: 100, name: 'Rules per Application Load Balancer (excluding default rules)', source: ELB_QUOTAS },
  targetsPerTargetGroup: { value: 1000, name: 'Targets per target group', source: ELB_QUOTAS },
  targetGroupsPerAction: { value: 5, name: 'Target groups per action', source: ELB_QUOTAS },
  conditionValuesPerRule: { value: 5, name: 'Condition values per rule', source: ELB_QUOTAS },
  conditionWildcardsPerRule: { value: 5, name: 'Condition wildcards per rule', source: ELB_QUOTAS },
  templateBytes: { value: 1024 * 1024, name: 'Template body size, in bytes,', source: CFN_QUOTAS },
  resourcesPerTemplate: { value: 500, name: 'Resources per template', source: CFN_QUOTAS },
  /** Application Auto Scaling quotas: scaling policies per scalable target; step adjustments per step policy. */
  scalingPoliciesPerTarget: { value: 50, name: 'Scaling policies per scalable target', source: 'Application Auto Scaling quotas' },
  stepAdjustmentsPerPolicy: { value: 20, name: 'Step adjustments per step scaling policy', source: 'Application Auto Scaling quotas' },
  /**
   * Requests per second of generated traffic. The reference world of the benchmark runs 1,000; every bundled
   * scenario runs at most 500. A run's cost grows with the rate, so without a bound one number could make an hour
   * of simulated time take days.
   */
  trafficRate: { value: 1000, name: 'Traffic rate, in requests per second,', source: SIMULATOR },
  /**
   * Phases of a traffic timeline, spikes pushed by hand included. A daily wave is one phase; a thousand is a spike
   * every ten minutes for a week, and each phase is looked at whenever the rate may change.
   */
  trafficPhases: { value: 1000, name: 'Traffic timeline phases', source: SIMULATOR },
  /** Entries of a scenario script, and commands of a saved session or a share link (each is replayed on opening). */
  scriptEntries: { value: 20_000, name: 'Script entries', source: SIMULATOR },
  /**
   * Simulated time: a scenario script's `at`, a session's moment, the command line's --until. A week is a tab left
   * playing at 60x for two hours; opening replays from t = 0, so this also bounds how long opening can take.
   */
  simulatedSeconds: { value: 7 * 24 * 60 * 60, name: 'Simulated time, in seconds (one week),', source: SIMULATOR },
  /**
   * Values a YAML document holds once its aliases are expanded (each use of an alias counts its whole node again).
   * A 1 MB template written out in full holds far fewer; "billion laughs" documents hold billions.
   */
  yamlExpandedValues: { value: 200_000, name: 'Values after YAML aliases are expanded', source: SIMULATOR },
  /**
   * A file chosen for Import…, read only below this size: a template is at most 1 MB (templateBytes) and a session
   * file of 20,000 commands a few megabytes; reading a file of gigabytes would stall the page before any check.
   */
  importFileBytes: { value: 8 * 1024 * 1024, name: 'A file to import, in bytes,', source: SIMULATOR },
  /** Objects and lists inside each other. Real templates nest about 10 deep; the loader reads recursively. */
  nestingDepth: { value: 100, name: 'Nesting depth of objects and lists', source: SIMULATOR },
  /** A share link's session once inflated: the link itself is at most 8,000 characters (MAX_SHARE_URL_LENGTH). */
  shareLinkInflatedBytes: { value: 2 * 1024 * 1024, name: 'A share link inflated, in bytes,', source: SIMULATOR },
  /** Seeds are 32-bit: the random streams read `seed >>> 0`, so a larger number would silently wrap. */
  seed: { value: 4_294_967_295, name: 'Seed (a 32-bit whole number)', source: SIMULATOR },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** Fargate's allowed container stopTimeout, in seconds (ContainerDefinition.stopTimeout). */
export const FARGATE_STOP_TIMEOUT = { min: 2, max: 120 } as const;

/** A port: ContainerPort, HostPort, listener and target group ports. */
export const PORT_RANGE = { min: 1, max: 65535 } as const;

/** "Tasks per service is 5,000 (Amazon ECS service quotas)": the tail every limit message ends with. */
export function limitText(limit: Limit): string {
  return `${limit.name} is at most ${limit.value.toLocaleString('en-US')} (${limit.source})`;
}

/** "5001 tasks is too many: Tasks per service is at most 5,000 (Amazon ECS service quotas)." */
export function tooManyMessage(count: number, what: string, limit: Limit): string {
  return `${count} ${what} is too many: ${limitText(limit)}.`;
}

/** A desired count within AWS's tasks per service, as a schema and a check say it. */
export function desiredCountProblem(count: number): string | null {
  return count > LIMITS.tasksPerService.value ? tooManyMessage(count, 'tasks', LIMITS.tasksPerService) : null;
}

/** One message for a traffic rate over the limit, from a template, a script's setTraffic or a session. */
export function trafficRateMessage(rate: number): string {
  return `${rate} requests per second is too many: ${limitText(LIMITS.trafficRate)}.`;
}

/** One message for a seed out of range, wherever it was written (a template, a session, --seed). */
export function seedMessage(seed: number): string {
  return `seed ${String(seed)} is out of range: a seed is a whole number from 0 to ${LIMITS.seed.value} (32 bits)`;
}

/** A seed the random streams take as written (no wrap-around). */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= LIMITS.seed.value;
}
