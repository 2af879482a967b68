/** `recoverTask`'s arguments as scripts, imports and messages write them (recoverTask.ts is the command). */
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { RecoverTaskCommand } from './recoverTask';

export const recoverTaskSchema: CommandSchema<RecoverTaskCommand> = commandSchema('recoverTask', { task: taskArg });
