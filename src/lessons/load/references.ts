/**
 * What a lesson names must exist in the world the step plays in: services, tasks (by their service), target groups,
 * listeners, rules and any resource a property goal reads, with the same words as a script's reference checks.
 */
import type { ScenarioSpec } from '../../engine';
import { isRecord, unknownServiceMessage, unknownTaskMessage } from '../../scenario';
import { COLLECTIONS, findResource, pathKeys, valueAt, type Collection } from '../format/resourcePaths';

export { findResource, pathKeys, valueAt };

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

export function missingResource(world: ScenarioSpec, id: string, asker: string): string | null {
  if (findResource(world, id)) return null;
  const known = COLLECTIONS.flatMap(({ key }) => ids(world, key));
  return `${asker}: no resource "${id}" in the scenario (resources: ${known.join(', ')})`;
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
