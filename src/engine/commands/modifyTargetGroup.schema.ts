/** `modifyTargetGroup`'s arguments as scripts, imports and messages write them (modifyTargetGroup.ts is the command). */
import { z } from '../../zod';
import { healthCheckSchema } from '../schema/specSchemas';
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { ModifyTargetGroupCommand } from './modifyTargetGroup';

export const modifyTargetGroupSchema: CommandSchema<ModifyTargetGroupCommand> = commandSchema('modifyTargetGroup', {
  targetGroup: idArg,
  healthCheck: healthCheckSchema.optional(),
  deregistrationDelaySeconds: z.number().int().optional(),
  algorithm: z.enum(['round_robin', 'least_outstanding_requests', 'weighted_random']).optional(),
});
