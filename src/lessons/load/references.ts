/**
 * What a lesson names must exist in the world the step plays in: services, tasks (by their service), target groups,
 * listeners, rules and any resource a property goal reads, with the same words as a script's reference checks.
 */
import type { ScenarioSpec } from '../../engine';
import { isRecord, unknownServiceMessage, unknownTaskMessage } from '../../scenario';

type Collection = 'clusters' | 'taskDefinitions' | 'services' | 'loadBalancers' | 'listeners' | 'rules' | 'targetGroups';

const COLLECTIONS: readonly { readonly key: Collection; readonly noun: string; readonly nouns: string }[] = [
  { key: 'services', noun: 'service', nouns: 'services' },
  { key: 'targetGroups', noun: 'target group', nouns: 'target groups' },
  { key: 'listeners', noun: 'listener', nouns: 'listeners' },
  { key: 'rules', noun: 'rule', nouns: 'rules' },
  { key: 'loadBalancers', noun: 'load balancer', nouns: 'load balancers' },
  { key: 'clusters', noun: 'cluster', nouns: 'clusters' },
  { key: 'taskDefinitions', noun: 'task definition', nouns: 'task definitions' },
];

function ids(world: ScenarioSpec, key: Collection): string[] {
  return world[key].map((resource) => resource.id);
}

function missing(world: ScenarioSpec, key: Collection, id: string, asker: string): string | null {
  const known = ids(world, key);
  if (known.includes(id)) return null;
  const entry = COLLECTIONS.find((c) => c.key === key)!;
  return `${asker}: ${entry.noun} "${id}" does not exist (${known.length === 0 ? `the scenario has no ${entry.nouns}` : `${entry.nouns}: ${known.join(', ')}`})`;
}

export const missingService = (world: ScenarioSpec, id: string, asker: string): string | null => unknownServiceMessage(world, id, asker);
export const missingTask = (world: ScenarioSpec, id: string, asker: string): string | null => unknownTaskMessage(world, id, asker);
export const missingTargetGroup = (world: ScenarioSpec, id: string, asker: string): string | null => missing(world, 'targetGroups', id, asker);
export const missingListener = (world: ScenarioSpec, id: string, asker: string): string | null => missing(world, 'listeners', id, asker);
export const missingRule = (world: ScenarioSpec, id: string, asker: string): string | null => missing(world, 'rules', id, asker);

/** The resource with this logical ID, of whichever kind, and what kind it is. */
export function findResource(world: ScenarioSpec, id: string): { readonly kind: Collection; readonly resource: object } | null {
  for (const { key } of COLLECTIONS) {
    const resource = (world[key] as readonly { readonly id: string }[]).find((r) => r.id === id);
    if (resource) return { kind: key, resource };
  }
  return null;
}

export function missingResource(world: ScenarioSpec, id: string, asker: string): string | null {
  if (findResource(world, id)) return null;
  const known = COLLECTIONS.flatMap(({ key }) => ids(world, key));
  return `${asker}: no resource "${id}" in the scenario (resources: ${known.join(', ')})`;
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

/** Why the property path leads nowhere on the resource, naming what is there; null when it leads somewhere. */
export function missingProperty(world: ScenarioSpec, id: string, path: string): string | null {
  const found = findResource(world, id);
  if (!found) return null;
  const keys = pathKeys(path);
  let current: unknown = found.resource;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const next = valueAt(current, [key]);
    if (next === undefined) {
      const here = keys.slice(0, i).join('.');
      const has = Array.isArray(current) ? `a list of ${current.length}` : isRecord(current) ? `keys: ${Object.keys(current).join(', ')}` : `the value ${JSON.stringify(current)}`;
      return `${id}${here ? '.' + here : ''} has no "${key}" (${has})`;
    }
    current = next;
  }
  return null;
}
