/**
 * What a command is, in one module: what it points at, whether the world allows it now and what it then does, and
 * how to undo it; its arguments' schema sits beside it in `<command>.schema.ts`, read only by the parsers of outside
 * input (commands/schemas.ts), so building schemas is not part of loading the engine. Three kinds share the parts
 * around the middle:
 *  - an edit (one AWS API call) changes the world spec with a pure `edit`, then `reconcile`s the live records;
 *  - a compiled command (`setDesiredCount`, `deploy`) is a name scripts use for edits: it `compile`s to them;
 *  - an operation (a fault, a request, an instance's lifecycle) checks the live records and returns its effect.
 * A check and its effect are one function (`prepare`, `edit`, `compile`): what `Simulation.check` answers is
 * exactly what dispatch then does.
 */
import type { z } from 'zod';
import type { EngineState } from '../core/engineState';
import type { WorldEdit } from '../edits/worldChanges';
import type { TrafficGenerator } from '../requests/traffic';
import type { ScenarioSpec } from '../spec';
import type { Refusal } from './refusal';
import type { Command, EditCommand } from './index';

export interface CommandContext {
  readonly engine: EngineState;
  readonly traffic: TrafficGenerator;
}

/** The change, made after the log says the command was applied. */
export type Effect = () => void;

/**
 * The command's arguments as scripts, imports and messages write them: a strict object with `do` and the
 * arguments, whose output is the command (or, with `written`, its written form). Each lives in
 * `<command>.schema.ts`, collected by commands/schemas.ts.
 */
export type CommandSchema<Written> = z.ZodObject<z.ZodRawShape, z.core.$strict> & z.ZodType<Written>;

/**
 * What a command names, for the loader's reference checks before anything runs (`path` is the argument's path in
 * the command, e.g. "task" or "mix[1].listenerPort").
 */
export type Reference =
  | { readonly kind: 'task' | 'service' | 'instance' | 'cluster'; readonly path: string; readonly id: string }
  | { readonly kind: 'listenerPort'; readonly path: string; readonly port: number }
  | { readonly kind: 'instanceType'; readonly path: string; readonly instanceType: string }
  /** Instances it registers, which later commands may name (numbered as the engine numbers them). */
  | { readonly kind: 'newInstances'; readonly path: string; readonly cluster: string; readonly count: number };

/**
 * Undo: the commands that put the world back as it was, worked out from the world spec just before the command
 * (null when that world does not have what it names); or, for a command with none, why.
 */
export type Inverse<C> = ((world: ScenarioSpec, command: C) => readonly Command[] | null) | { readonly none: string };

interface Parts<C, Written> {
  /** Only where the written form differs from the command (deploy's `responses` object); its schema reads that form. */
  readonly written?: { read(written: Written): C; write(command: C): Written };
  references(command: C): readonly Reference[];
  readonly inverse: Inverse<C>;
}

export interface OperationDefinition<C, Written = C> extends Parts<C, Written> {
  readonly kind: 'operation';
  /** Why the world refuses it now, or its effect. Reads only; the effect changes. */
  prepare(ctx: CommandContext, command: C): Refusal | Effect;
}

export interface EditDefinition<C, Written = C> extends Parts<C, Written> {
  readonly kind: 'edit';
  /** The resource it is about, for a refusal that has no property path. */
  subject(command: C): string;
  /** The world spec after the call, or the API's refusal: data in, data out. */
  edit(world: ScenarioSpec, command: C): WorldEdit;
  /** The live records follow the new world (`world` already holds the edit). */
  reconcile(ctx: CommandContext, command: C, world: ScenarioSpec): void;
}

export interface CompiledDefinition<C, Written = C> extends Parts<C, Written> {
  readonly kind: 'compiled';
  /** The edits it stands for, worked out from the world now. */
  compile(world: ScenarioSpec, command: C): Refusal | readonly EditCommand[];
}

export type CommandDefinition<C, Written = C> = OperationDefinition<C, Written> | EditDefinition<C, Written> | CompiledDefinition<C, Written>;
