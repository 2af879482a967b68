/** `stopInstance`'s arguments as scripts, imports and messages write them (stopInstance.ts is the command). */
import { commandSchema, instanceArg } from './args';
import type { CommandSchema } from './definition';
import type { StopInstanceCommand } from './stopInstance';

export const stopInstanceSchema: CommandSchema<StopInstanceCommand> = commandSchema('stopInstance', { instance: instanceArg });
