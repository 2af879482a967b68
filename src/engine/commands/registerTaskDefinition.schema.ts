/** `registerTaskDefinition`'s arguments as scripts, imports and messages write them (registerTaskDefinition.ts is the command). */
import { taskDefinitionSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { RegisterTaskDefinitionCommand } from './registerTaskDefinition';

export const registerTaskDefinitionSchema: CommandSchema<RegisterTaskDefinitionCommand> = commandSchema('registerTaskDefinition', { taskDefinition: taskDefinitionSpecSchema });
