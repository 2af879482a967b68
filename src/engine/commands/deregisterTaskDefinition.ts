/**
 * DeregisterTaskDefinition: the revision is INACTIVE. No service may start using it; tasks already running from it
 * go on. Its number stays taken: the world spec keeps the family's highest deregistered revision (fact 1).
 */
import { byId, changed, refused } from '../edits/worldChanges';
import type { EditDefinition } from './definition';

export interface DeregisterTaskDefinitionCommand {
  readonly do: 'deregisterTaskDefinition';
  readonly taskDefinition: string;
}

export const deregisterTaskDefinition: EditDefinition<DeregisterTaskDefinitionCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const td = byId(world.taskDefinitions, command.taskDefinition);
    return td ? [{ do: 'registerTaskDefinition', taskDefinition: td }] : null;
  },
  subject: (command) => command.taskDefinition,
  edit(world, command) {
    const td = byId(world.taskDefinitions, command.taskDefinition);
    if (!td) return refused('ClientException', 'Unable to describe task definition.');
    const user = world.services.find((s) => s.taskDefinitionId === td.id);
    if (user) return refused(null, `Service ${user.name} runs ${td.family}:${td.revision}; update it to another revision before deregistering this one.`);
    const highest = Math.max(world.deregisteredRevisions[td.family] ?? 0, td.revision);
    return changed(world, {
      taskDefinitions: world.taskDefinitions.filter((t) => t.id !== td.id),
      deregisteredRevisions: { ...world.deregisteredRevisions, [td.family]: highest },
    });
  },
  // INACTIVE: gone from the world; tasks already running from it keep their record.
  reconcile: () => {},
};
