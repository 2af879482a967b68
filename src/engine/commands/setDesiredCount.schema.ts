/** `setDesiredCount`'s arguments as scripts, imports and messages write them (setDesiredCount.ts is the command). */
import { z } from '../../zod';
import { desiredCountProblem, LIMITS } from '../limits';
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { SetDesiredCountCommand } from './setDesiredCount';

export const setDesiredCountSchema: CommandSchema<SetDesiredCountCommand> = commandSchema('setDesiredCount', { service: serviceArg, count: z.number().int().min(0).max(LIMITS.tasksPerService.value, { error: (issue) => desiredCountProblem(Number(issue.input)) ?? undefined }) });
