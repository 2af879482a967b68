/** `forceNewDeployment`'s arguments as scripts, imports and messages write them (forceNewDeployment.ts is the command). */
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { ForceNewDeploymentCommand } from './forceNewDeployment';

export const forceNewDeploymentSchema: CommandSchema<ForceNewDeploymentCommand> = commandSchema('forceNewDeployment', { service: serviceArg });
