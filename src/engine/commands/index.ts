/**
 * The command registry: every change to the world is one of these commands, and each command is one module in
 * this folder holding all it means: its type, what it names (the loader's reference checks), its check against the
 * world now with AWS's refusal, its effect, and its inverse or why it has none (see definition.ts); its schema
 * (scripts, imports and messages parse with it) sits beside it in `<command>.schema.ts`, so that only a parser
 * builds schemas and loads zod, never the engine's first run.
 *
 * Adding a command means:
 *  1. one module here, exporting its type and its definition (an operation, an edit or a compiled command);
 *  2. its line in `definitions` below (the order is the order scripts list the commands in);
 *  3. its schema beside it, `<command>.schema.ts`, and its line in schemas.ts (the compiler asks for it);
 *  4. its words in both lenses: src/lens/commandNarration.ts (src/lens/editNarration.ts for an edit). The phrase
 *     books are keyed by this registry's names, so the compiler asks for them.
 * Nothing else: dispatch, `Simulation.check`, the script parser, the loader's reference checks, undo and the
 * export all read the registry (test/engine/commandRegistry.test.ts walks it).
 */
import type { CommandDefinition } from './definition';
import { addInstances } from './addInstances';
import { crashTask } from './crashTask';
import { createCluster } from './createCluster';
import { createListener } from './createListener';
import { createRule } from './createRule';
import { createService } from './createService';
import { createTargetGroup } from './createTargetGroup';
import { deleteCluster } from './deleteCluster';
import { deleteListener } from './deleteListener';
import { deleteRule } from './deleteRule';
import { deleteService } from './deleteService';
import { deleteTargetGroup } from './deleteTargetGroup';
import { deploy } from './deploy';
import { deregisterTaskDefinition } from './deregisterTaskDefinition';
import { drainInstance } from './drainInstance';
import { failHealthChecks } from './failHealthChecks';
import { forceNewDeployment } from './forceNewDeployment';
import { modifyListener } from './modifyListener';
import { modifyRule } from './modifyRule';
import { modifyTargetGroup } from './modifyTargetGroup';
import { recoverTask } from './recoverTask';
import { refuseConnections } from './refuseConnections';
import { registerTaskDefinition } from './registerTaskDefinition';
import { removeInstance } from './removeInstance';
import { request } from './request';
import { setDesiredCount } from './setDesiredCount';
import { setTraffic } from './setTraffic';
import { slowTask } from './slowTask';
import { stopInstance } from './stopInstance';
import { stopTask } from './stopTask';
import { updateService } from './updateService';
import { registerScalableTarget } from './registerScalableTarget';
import { deregisterScalableTarget } from './deregisterScalableTarget';
import { putScalingPolicy } from './putScalingPolicy';
import { deleteScalingPolicy } from './deleteScalingPolicy';
import { updateTaskProtection } from './updateTaskProtection';
import { spikeTraffic } from './spikeTraffic';

export type * from './addInstances';
export type * from './crashTask';
export type * from './createCluster';
export type * from './createListener';
export type * from './createRule';
export type * from './createService';
export type * from './createTargetGroup';
export type * from './deleteCluster';
export type * from './deleteListener';
export type * from './deleteRule';
export type * from './deleteService';
export type * from './deleteTargetGroup';
export type * from './deploy';
export type * from './deregisterTaskDefinition';
export type * from './drainInstance';
export type * from './failHealthChecks';
export type * from './forceNewDeployment';
export type * from './modifyListener';
export type * from './modifyRule';
export type * from './modifyTargetGroup';
export type * from './recoverTask';
export type * from './refuseConnections';
export type * from './registerTaskDefinition';
export type * from './removeInstance';
export type * from './request';
export type * from './setDesiredCount';
export type * from './setTraffic';
export type * from './slowTask';
export type * from './stopInstance';
export type * from './stopTask';
export type * from './updateService';
export type * from './registerScalableTarget';
export type * from './deregisterScalableTarget';
export type * from './putScalingPolicy';
export type * from './deleteScalingPolicy';
export type * from './updateTaskProtection';
export type * from './spikeTraffic';
export type { CommandContext, CommandDefinition, Reference } from './definition';
export type { CommandCheck, Refusal } from './refusal';

const definitions = {
  request,
  crashTask,
  failHealthChecks,
  recoverTask,
  stopTask,
  slowTask,
  refuseConnections,
  setDesiredCount,
  setTraffic,
  deploy,
  forceNewDeployment,
  drainInstance,
  stopInstance,
  removeInstance,
  addInstances,
  spikeTraffic,
  updateTaskProtection,
  // Edits, one per AWS API call a console click makes, carrying whole resources in the spec's own shape.
  createCluster,
  deleteCluster,
  registerTaskDefinition,
  deregisterTaskDefinition,
  createService,
  updateService,
  deleteService,
  createTargetGroup,
  modifyTargetGroup,
  deleteTargetGroup,
  createListener,
  modifyListener,
  deleteListener,
  createRule,
  modifyRule,
  deleteRule,
  // Application Auto Scaling's calls for a service's desired count.
  registerScalableTarget,
  deregisterScalableTarget,
  putScalingPolicy,
  deleteScalingPolicy,
};

type Definitions = typeof definitions;
type CommandOf<D> = D extends { references(command: infer C): unknown } ? C : never;

/** Every command: the union of the registry's command types. */
export type Command = { [K in keyof Definitions]: CommandOf<Definitions[K]> }[keyof Definitions];
export type CommandName = Command['do'];
/** The command named `Name`. */
export type CommandNamed<Name extends CommandName> = Extract<Command, { readonly do: Name }>;
/** The edits: one AWS API call each. */
export type EditCommand = { [K in keyof Definitions]: Definitions[K] extends { readonly kind: 'edit' } ? CommandOf<Definitions[K]> : never }[keyof Definitions];
export type EditCommandName = EditCommand['do'];

type WrittenOf<D> = D extends { readonly written?: { read(written: infer W): unknown } } ? W : never;
/** The command named `Name` as scripts write it: what its schema reads (the command itself unless `written` says otherwise). */
export type WrittenCommandNamed<Name extends CommandName> = WrittenOf<Definitions[Name]>;

/** Keyed by name, each entry the definition of the command of that name: a command missing a part does not compile. */
export type CommandRegistry = { readonly [K in CommandName]: CommandDefinition<CommandNamed<K>, unknown> };

export const commandDefinitions: CommandRegistry = definitions;

/** The definition of this command, typed for it. */
export function definitionOf<C extends Command>(command: C): CommandDefinition<C, unknown> {
  return commandDefinitions[command.do] as unknown as CommandDefinition<C, unknown>;
}

export const COMMAND_NAMES = Object.keys(definitions) as readonly CommandName[];

export const EDIT_COMMAND_NAMES = COMMAND_NAMES.filter((name) => commandDefinitions[name].kind === 'edit') as readonly EditCommandName[];

export function isEditCommand(command: Command): command is EditCommand {
  return commandDefinitions[command.do].kind === 'edit';
}

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(definitions, name);
}
