/** `updateTaskProtection`'s arguments as scripts, imports and messages write them (updateTaskProtection.ts is the command). */
import { z } from '../../zod';
import { DEFAULT_PROTECTION_MINUTES, MAX_PROTECTION_MINUTES } from '../scaling/protection';
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { UpdateTaskProtectionCommand } from './updateTaskProtection';

const MAX_TASKS_PER_CALL = 10;

export const updateTaskProtectionSchema: CommandSchema<UpdateTaskProtectionCommand> = commandSchema('updateTaskProtection', {
  tasks: z.array(taskArg).min(1).max(MAX_TASKS_PER_CALL, { error: `at most ${MAX_TASKS_PER_CALL} tasks per call, as UpdateTaskProtection takes` }),
  protectionEnabled: z.boolean(),
  expiresInMinutes: z.number().int().min(1).max(MAX_PROTECTION_MINUTES, { error: `expiresInMinutes is 1 to ${MAX_PROTECTION_MINUTES} (48 hours)` }).optional()
    .meta({ description: `Minutes the protection lasts (default ${DEFAULT_PROTECTION_MINUTES}).` }),
});
