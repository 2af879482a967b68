/** `putScalingPolicy`'s arguments as scripts, imports and messages write them (putScalingPolicy.ts is the command). */
import { scalingPolicySchema } from '../schema/scalingSchemas';
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { PutScalingPolicyCommand } from './putScalingPolicy';

export const putScalingPolicySchema: CommandSchema<PutScalingPolicyCommand> = commandSchema('putScalingPolicy', { service: serviceArg, policy: scalingPolicySchema });
