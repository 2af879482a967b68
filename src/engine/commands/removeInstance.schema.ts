/** `removeInstance`'s arguments as scripts, imports and messages write them (removeInstance.ts is the command). */
import { commandSchema, instanceArg } from './args';
import type { CommandSchema } from './definition';
import type { RemoveInstanceCommand } from './removeInstance';

export const removeInstanceSchema: CommandSchema<RemoveInstanceCommand> = commandSchema('removeInstance', { instance: instanceArg });
