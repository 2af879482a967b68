/** `crashTask`'s arguments as scripts, imports and messages write them (crashTask.ts is the command). */
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { CrashTaskCommand } from './crashTask';

export const crashTaskSchema: CommandSchema<CrashTaskCommand> = commandSchema('crashTask', { task: taskArg });
