/**
 * Running a command: ask its definition whether the world allows it now, and what it then does. An edit becomes the
 * new world spec plus one reconciliation of the records with it; a compiled command, each of its edits in turn.
 * `checkCommand` is the same question without the answer's effect, so it can never disagree with dispatch.
 */
import { editWorld } from '../edits/worldEdits';
import type { ScenarioSpec } from '../spec';
import type { CommandContext, EditDefinition, Effect } from './definition';
import { definitionOf, type Command, type EditCommand } from './index';
import { ALLOWED, type CommandCheck, type Refusal } from './refusal';

const refusalOf = ({ reason, code }: Refusal): Refusal => ({ allowed: false, reason, code });

function commitEdit<C extends EditCommand>(ctx: CommandContext, command: C, world: ScenarioSpec): void {
  ctx.engine.world = world;
  (definitionOf(command) as EditDefinition<C, unknown>).reconcile(ctx, command, world);
  ctx.engine.version++;
}

/** Why the world refuses the command now, or the change to make. Changes nothing by itself. */
export function prepareCommand(ctx: CommandContext, command: Command): Refusal | Effect {
  const definition = definitionOf(command);
  switch (definition.kind) {
    case 'operation':
      return definition.prepare(ctx, command);
    case 'edit': {
      const edit = definition.edit(ctx.engine.world, command);
      if (!edit.ok) return refusalOf(edit);
      return () => commitEdit(ctx, command as EditCommand, edit.world);
    }
    case 'compiled': {
      const edits = definition.compile(ctx.engine.world, command);
      if ('allowed' in edits) return edits;
      const worlds: ScenarioSpec[] = [];
      let world = ctx.engine.world;
      for (const edit of edits) {
        const result = editWorld(world, edit);
        if (!result.ok) return refusalOf(result);
        world = result.world;
        worlds.push(world);
      }
      return () => edits.forEach((edit, i) => commitEdit(ctx, edit, worlds[i]!));
    }
  }
}

export function checkCommand(ctx: CommandContext, command: Command): CommandCheck {
  const outcome = prepareCommand(ctx, command);
  return typeof outcome === 'function' ? ALLOWED : outcome;
}
