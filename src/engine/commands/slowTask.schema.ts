/** `slowTask`'s arguments as scripts, imports and messages write them (slowTask.ts is the command). */
import { z } from '../../zod';
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { SlowTaskCommand } from './slowTask';

export const slowTaskSchema: CommandSchema<SlowTaskCommand> = commandSchema('slowTask', { task: taskArg, latencyMs: z.number().min(0).optional().meta({ description: 'Added latency (default 5000).' }) });
