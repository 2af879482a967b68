/**
 * RegisterTaskDefinition: a revision with a new logical ID; its number is the family's next (fact 1), which
 * `nextRevision` (src/engine/edits/revisions.ts) gives every caller. Registering a deregistered revision again as
 * it was is how undoing a deregistration brings it back.
 */
import { changed, duplicateId, idTaken, refused } from '../edits/worldChanges';
import type { TaskDefinitionSpec } from '../spec';
import { registerTaskDef } from '../tasks/taskDefinitions';
import type { EditDefinition } from './definition';

/** A task definition revision; its `id` is new, its revision the family's next one (fact 1). */
export interface RegisterTaskDefinitionCommand {
  readonly do: 'registerTaskDefinition';
  readonly taskDefinition: TaskDefinitionSpec;
}

export const registerTaskDefinition: EditDefinition<RegisterTaskDefinitionCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deregisterTaskDefinition', taskDefinition: command.taskDefinition.id }],
  subject: (command) => command.taskDefinition.id,
  edit(world, { taskDefinition: td }) {
    if (idTaken(world, td.id)) return duplicateId(td.id);
    if (world.taskDefinitions.some((t) => t.family === td.family && t.revision === td.revision)) {
      return refused(null, `${td.family}:${td.revision} is already registered; a new revision of ${td.family} takes the next number.`);
    }
    return changed(world, { taskDefinitions: [...world.taskDefinitions, td] });
  },
  reconcile: ({ engine }, command) => void registerTaskDef(engine, command.taskDefinition),
};
