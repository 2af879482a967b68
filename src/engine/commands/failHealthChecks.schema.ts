/** `failHealthChecks`'s arguments as scripts, imports and messages write them (failHealthChecks.ts is the command). */
import { z } from '../../zod';
import { httpStatusSchema } from '../schema/appSettings';
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { FailHealthChecksCommand } from './failHealthChecks';

export const failHealthChecksSchema: CommandSchema<FailHealthChecksCommand> = commandSchema('failHealthChecks', {
  task: taskArg,
  status: httpStatusSchema.optional().meta({ description: 'Status the health-check paths answer (default 500).' }),
  timeout: z.boolean().optional().meta({ description: 'No answer at all: the checks time out.' }),
  container: z.boolean().optional().meta({ description: 'Fail the container health check instead.' }),
});
