/**
 * Names the model makes up, the same on every run (MC19): account, region, DNS names, ARNs, instance IDs.
 */

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const AVAILABILITY_ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

/** 64-bit FNV-1a of a string, as a 16-digit lowercase hex string. Stable across runs and platforms. */
export function stableHash64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Ten decimal digits from the same hash, as ALB DNS names carry. */
export function stableDigits10(text: string): string {
  const value = BigInt('0x' + stableHash64(text)) % 10_000_000_000n;
  return value.toString().padStart(10, '0');
}

export function loadBalancerDnsName(name: string, logicalId: string, scheme: 'internet-facing' | 'internal'): string {
  const prefix = scheme === 'internal' ? 'internal-' : '';
  return `${prefix}${name}-${stableDigits10(logicalId)}.${REGION}.elb.amazonaws.com`;
}

export function loadBalancerArn(name: string, logicalId: string): string {
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:loadbalancer/app/${name}/${stableHash64(logicalId)}`;
}

export function targetGroupArn(name: string, logicalId: string): string {
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/${name}/${stableHash64(logicalId)}`;
}

export function listenerArn(lbName: string, lbLogicalId: string, logicalId: string): string {
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:listener/app/${lbName}/${stableHash64(lbLogicalId)}/${stableHash64(logicalId)}`;
}

export function clusterArn(name: string): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:cluster/${name}`;
}

export function serviceArn(clusterName: string, serviceName: string): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:service/${clusterName}/${serviceName}`;
}

export function taskDefinitionArn(family: string, revision: number): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task-definition/${family}:${revision}`;
}

/** splitmix64's finalizer: FNV alone leaves similar inputs with similar hashes, which reads badly in IDs. */
function mix64(hex: string): string {
  const mask = 0xffffffffffffffffn;
  let h = BigInt('0x' + hex);
  h ^= h >> 33n;
  h = (h * 0xff51afd7ed558ccdn) & mask;
  h ^= h >> 33n;
  h = (h * 0xc4ceb9fe1a85ec53n) & mask;
  h ^= h >> 33n;
  return h.toString(16).padStart(16, '0');
}

/** `i-` and 17 hex digits. */
export function instanceId(seedText: string): string {
  return 'i-' + (mix64(stableHash64(seedText)) + mix64(stableHash64(seedText + '#'))).slice(0, 17);
}

/** An instance `addInstances` registers: the `n`th the cluster ever registered (the loader's script checks count alike). */
export function addedInstanceId(clusterId: string, n: number): string {
  return instanceId(`${clusterId}/added/${n}`);
}

/** Application Auto Scaling's resource ID of a service's desired count (fact 60). */
export function scalableResourceId(clusterName: string, serviceName: string): string {
  return `service/${clusterName}/${serviceName}`;
}

/**
 * The alarms target tracking creates, named as AWS names them (`TargetTracking-<resource id>-AlarmHigh-<uuid>`), the
 * UUID made from a hash of the resource ID and policy name so it is the same on every run (MC40).
 */
export function targetTrackingAlarmName(resourceId: string, policyName: string, role: 'high' | 'low'): string {
  const h = stableHash64(`${resourceId}/${policyName}/${role}`) + stableHash64(`${policyName}/${role}/${resourceId}`);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return `TargetTracking-${resourceId}-Alarm${role === 'high' ? 'High' : 'Low'}-${uuid}`;
}
