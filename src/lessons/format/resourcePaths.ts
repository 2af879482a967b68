/**
 * Reading a world's resources by logical ID and property path (`healthCheck.path`, `conditions[0].values`): shared by
 * the loader's reference checks and the runtime's goals and observations. Free of the template loader, so the
 * runtime the app plays lessons with does not bring the loader onto the first frame.
 */
import type { ScenarioSpec } from '../../engine';

export type Collection = 'clusters' | 'taskDefinitions' | 'services' | 'loadBalancers' | 'listeners' | 'rules' | 'targetGroups';

export const COLLECTIONS: readonly { readonly key: Collection; readonly noun: string; readonly nouns: string }[] = [
  { key: 'services', noun: 'service', nouns: 'services' },
  { key: 'targetGroups', noun: 'target group', nouns: 'target groups' },
  { key: 'listeners', noun: 'listener', nouns: 'listeners' },
  { key: 'rules', noun: 'rule', nouns: 'rules' },
  { key: 'loadBalancers', noun: 'load balancer', nouns: 'load balancers' },
  { key: 'clusters', noun: 'cluster', nouns: 'clusters' },
  { key: 'taskDefinitions', noun: 'task definition', nouns: 'task definitions' },
];

/** The resource with this logical ID, of whichever kind, and what kind it is. */
export function findResource(world: ScenarioSpec, id: string): { readonly kind: Collection; readonly resource: object } | null {
  for (const { key } of COLLECTIONS) {
    const resource = (world[key] as readonly { readonly id: string }[]).find((r) => r.id === id);
    if (resource) return { kind: key, resource };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `healthCheck.path`, `conditions[0].values` or `conditions.0.values` as keys. */
export function pathKeys(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((key) => key !== '');
}

/** The value at the path, or undefined when the path leads nowhere. */
export function valueAt(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (isRecord(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}
