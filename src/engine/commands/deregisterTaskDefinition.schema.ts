/** `deregisterTaskDefinition`'s arguments as scripts, imports and messages write them (deregisterTaskDefinition.ts is the command). */
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { DeregisterTaskDefinitionCommand } from './deregisterTaskDefinition';

export const deregisterTaskDefinitionSchema: CommandSchema<DeregisterTaskDefinitionCommand> = commandSchema('deregisterTaskDefinition', { taskDefinition: idArg });
