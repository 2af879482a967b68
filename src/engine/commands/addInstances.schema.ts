/** `addInstances`'s arguments as scripts, imports and messages write them (addInstances.ts is the command). */
import { z } from '../../zod';
import { LIMITS, tooManyMessage } from '../limits';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { AddInstancesCommand } from './addInstances';

export const addInstancesSchema: CommandSchema<AddInstancesCommand> = commandSchema('addInstances', {
  cluster: z.string().min(1).meta({ description: "Logical ID of the cluster (an implicit cluster's ID is its name)." }),
  count: z.number().int().min(1).max(LIMITS.containerInstancesPerCluster.value, {
    error: (issue) => tooManyMessage(Number(issue.input), 'instances', LIMITS.containerInstancesPerCluster),
  }).optional().meta({ description: 'How many instances (default 1).' }),
  instanceType: z.string().min(1).optional().meta({ description: "EC2 instance type (default the cluster's first instance's type, else t3.medium)." }),
});
