/** `deleteService`'s arguments as scripts, imports and messages write them (deleteService.ts is the command). */
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteServiceCommand } from './deleteService';

export const deleteServiceSchema: CommandSchema<DeleteServiceCommand> = commandSchema('deleteService', { service: serviceArg });
