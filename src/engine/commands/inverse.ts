/**
 * Undo is a command too: the inverse of a command, worked out from the world spec just before it, applied at the
 * current simulated time (time never rewinds). Each command's definition says how, or why it has none.
 */
import type { ScenarioSpec } from '../spec';
import { definitionOf, type Command, type EditCommand } from './index';
import type { Refusal } from './refusal';

/** The commands that put the world back as it was before `command`, or null when it cannot be undone. */
export function inverseOf(world: ScenarioSpec, command: Command): readonly Command[] | null {
  const { inverse } = definitionOf(command);
  return typeof inverse === 'function' ? inverse(world, command) : null;
}

/** Why a command has no inverse at all (null when it has one). */
export function noInverseReason(command: Command): string | null {
  const { inverse } = definitionOf(command);
  return typeof inverse === 'function' ? null : inverse.none;
}

/**
 * The edits a configuration command makes to this world: an edit itself, what a compiled command stands for (or
 * why it cannot be compiled here), and null for an operation, which is not a change of configuration.
 */
export function editsOf(world: ScenarioSpec, command: Command): readonly EditCommand[] | Refusal | null {
  const definition = definitionOf(command);
  switch (definition.kind) {
    case 'edit':
      return [command as EditCommand];
    case 'compiled':
      return definition.compile(world, command);
    case 'operation':
      return null;
  }
}
