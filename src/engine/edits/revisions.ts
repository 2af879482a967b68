/**
 * One counter and one naming for task definition revisions, whoever registers them (a `deploy`, the sandbox's
 * editor). A family's next revision counts on from the highest it ever had, "even if earlier revisions were
 * deregistered" (fact 1); the world spec keeps the deregistered ones' numbers, so a session, an export and an
 * import all keep counting where they were.
 */
import type { ScenarioSpec } from '../spec';
import { idTaken } from './worldChanges';

export function nextRevision(world: ScenarioSpec, family: string): number {
  let highest = world.deregisteredRevisions[family] ?? 0;
  for (const td of world.taskDefinitions) if (td.family === family && td.revision > highest) highest = td.revision;
  return highest + 1;
}

/**
 * A new revision's logical ID: the family's first ID without its `Def` or `Rev` suffix, then the number
 * (UsersTaskDef, revision 2: UsersTaskRev2). Taken already, "x2", "x3"... so the number still reads
 * (UsersTaskRev2x2, not UsersTaskRev22).
 */
export function revisionLogicalId(world: ScenarioSpec, baseId: string, revision: number): string {
  const stem = baseId.replace(/(Def)?(Rev\d+(x\d+)?)?$/, '');
  let id = `${stem}Rev${revision}`;
  for (let n = 2; idTaken(world, id); n++) id = `${stem}Rev${revision}x${n}`;
  return id;
}
