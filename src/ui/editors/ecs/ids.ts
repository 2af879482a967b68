/**
 * Logical IDs and names for what the ECS editors create. Names follow AWS's allowed characters; IDs are unique across
 * the whole world (the form kit's uniqueLogicalId). A revision's number and logical ID are the engine's, the same for
 * `deploy` and the editor (src/engine/edits/revisions.ts).
 */
import type { ScenarioSpec } from '../../../engine';
import { pascal, uniqueLogicalId } from '../form/logicalIds';

/** "OrdersService" from "orders" or "OrdersService": the name, Pascal-cased, ending in the type's word. */
export function logicalIdFor(world: ScenarioSpec, name: string, suffix: string): string {
  const base = pascal(name);
  const id = base.endsWith(suffix) ? base : `${base}${suffix}`;
  // A name that gives no leading letter starts from the type's word: "2024" -> Service2024Service.
  return uniqueLogicalId(world, /^[A-Za-z]/.test(id) ? id : `${suffix}${id}`);
}

/** ECS's rule for cluster, service and family names. */
export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

export function nameProblem(what: string, name: string): string | null {
  if (name.trim() === '') return `Enter a ${what} name.`;
  if (!NAME_PATTERN.test(name)) return `Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed in a ${what} name.`;
  return null;
}
