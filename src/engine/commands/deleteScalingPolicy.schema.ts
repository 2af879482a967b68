/** `deleteScalingPolicy`'s arguments as scripts, imports and messages write them (deleteScalingPolicy.ts is the command). */
import { policyNameSchema } from '../schema/scalingSchemas';
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteScalingPolicyCommand } from './deleteScalingPolicy';

export const deleteScalingPolicySchema: CommandSchema<DeleteScalingPolicyCommand> = commandSchema('deleteScalingPolicy', { service: serviceArg, policyName: policyNameSchema });
