/** `stopTask`'s arguments as scripts, imports and messages write them (stopTask.ts is the command). */
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { StopTaskCommand } from './stopTask';

export const stopTaskSchema: CommandSchema<StopTaskCommand> = commandSchema('stopTask', { task: taskArg });
