/** `updateService`'s arguments as scripts, imports and messages write them (updateService.ts is the command). */
import { z } from '../../zod';
import { desiredCountProblem, LIMITS } from '../limits';
import { deploymentConfigurationSchema, placementConstraintSchema, placementStrategySchema } from '../schema/specSchemas';
import { commandSchema, idArg, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { UpdateServiceCommand } from './updateService';

export const updateServiceSchema: CommandSchema<UpdateServiceCommand> = commandSchema('updateService', {
  service: serviceArg,
  desiredCount: z.number().int().min(0).max(LIMITS.tasksPerService.value, { error: (issue) => desiredCountProblem(Number(issue.input)) ?? undefined }).optional(),
  taskDefinition: idArg.optional(),
  healthCheckGracePeriodSeconds: z.number().int().min(0).optional(),
  deployment: deploymentConfigurationSchema.optional(),
  placementStrategies: z.array(placementStrategySchema).optional(),
  placementConstraints: z.array(placementConstraintSchema).optional(),
  forceNewDeployment: z.boolean().optional(),
});
