/**
 * Logical IDs, names and revision numbers for what the ECS editors create. Names follow AWS's allowed characters;
 * IDs are unique across the whole world (the form kit's uniqueLogicalId).
 */
import { idTaken, type ScenarioSpec } from '../../../engine';
import { pascal, uniqueLogicalId } from '../form/logicalIds';

/** "OrdersService" from "orders" or "OrdersService": the name, Pascal-cased, ending in the type's word. */
export function logicalIdFor(world: ScenarioSpec, name: string, suffix: string): string {
  const base = pascal(name);
  const id = base.endsWith(suffix) ? base : `${base}${suffix}`;
  // A name that gives no leading letter starts from the type's word: "2024" -> Service2024Service.
  return uniqueLogicalId(world, /^[A-Za-z]/.test(id) ? id : `${suffix}${id}`);
}

/** A new revision is the family's highest registered revision plus one (fact 1). */
export function nextRevision(world: ScenarioSpec, family: string): number {
  return world.taskDefinitions.filter((td) => td.family === family).reduce((max, td) => Math.max(max, td.revision), 0) + 1;
}

/** The same shape `deploy` gives a revision's logical ID: the first revision's ID without its Rev suffix (UsersTaskRev2). */
export function revisionLogicalId(world: ScenarioSpec, baseId: string, revision: number): string {
  const stem = baseId.replace(/(Def)?(Rev\d+(x\d+)?)?$/, '');
  let id = `${stem}Rev${revision}`;
  // "x2" rather than a bare digit, so the revision number still reads (UsersTaskRev2x2, not UsersTaskRev22).
  for (let n = 2; idTaken(world, id); n++) id = `${stem}Rev${revision}x${n}`;
  return id;
}

/** ECS's rule for cluster, service and family names. */
export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

export function nameProblem(what: string, name: string): string | null {
  if (name.trim() === '') return `Enter a ${what} name.`;
  if (!NAME_PATTERN.test(name)) return `Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed in a ${what} name.`;
  return null;
}
