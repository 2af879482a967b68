/** `drainInstance`'s arguments as scripts, imports and messages write them (drainInstance.ts is the command). */
import { commandSchema, instanceArg } from './args';
import type { CommandSchema } from './definition';
import type { DrainInstanceCommand } from './drainInstance';

export const drainInstanceSchema: CommandSchema<DrainInstanceCommand> = commandSchema('drainInstance', { instance: instanceArg });
