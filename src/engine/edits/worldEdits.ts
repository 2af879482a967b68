/**
 * What an edit command does to the world's configuration, as a pure function of the spec: the engine makes the
 * result its world and reconciles its live records with it, the sandbox validates it with the loader's validators
 * before dispatching, and the loader checks a script's edits the same way. Only the checks that need nothing but
 * the spec live in the edits (a name that does not exist, a duplicate, a resource still in use), in the ELBv2 and
 * ECS APIs' words; each edit's own lives in its module in src/engine/commands.
 */
import { commandDefinitions, type EditCommand } from '../commands/index';
import type { EditDefinition } from '../commands/definition';
import type { ScenarioSpec } from '../spec';
import type { WorldEdit } from './worldChanges';

export { idTaken, type WorldEdit } from './worldChanges';

export function editWorld(world: ScenarioSpec, command: EditCommand): WorldEdit {
  const definition = commandDefinitions[command.do] as unknown as EditDefinition<EditCommand, unknown>;
  return definition.edit(world, command);
}

/** The resource an edit is about, for a refusal that has no property path. */
export function editSubject(command: EditCommand): string {
  const definition = commandDefinitions[command.do] as unknown as EditDefinition<EditCommand, unknown>;
  return definition.subject(command);
}
