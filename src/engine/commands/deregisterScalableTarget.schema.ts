/** `deregisterScalableTarget`'s arguments as scripts, imports and messages write them (deregisterScalableTarget.ts is the command). */
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { DeregisterScalableTargetCommand } from './deregisterScalableTarget';

export const deregisterScalableTargetSchema: CommandSchema<DeregisterScalableTargetCommand> = commandSchema('deregisterScalableTarget', { service: serviceArg });
