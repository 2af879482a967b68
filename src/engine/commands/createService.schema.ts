/** `createService`'s arguments as scripts, imports and messages write them (createService.ts is the command). */
import { serviceSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { CreateServiceCommand } from './createService';

export const createServiceSchema: CommandSchema<CreateServiceCommand> = commandSchema('createService', { service: serviceSpecSchema });
