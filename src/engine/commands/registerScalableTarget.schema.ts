/** `registerScalableTarget`'s arguments as scripts, imports and messages write them (registerScalableTarget.ts is the command). */
import { capacitySchema } from '../schema/scalingSchemas';
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { RegisterScalableTargetCommand } from './registerScalableTarget';

export const registerScalableTargetSchema: CommandSchema<RegisterScalableTargetCommand> = commandSchema('registerScalableTarget', { service: serviceArg, minCapacity: capacitySchema, maxCapacity: capacitySchema });
