/** `refuseConnections`'s arguments as scripts, imports and messages write them (refuseConnections.ts is the command). */
import { commandSchema, taskArg } from './args';
import type { CommandSchema } from './definition';
import type { RefuseConnectionsCommand } from './refuseConnections';

export const refuseConnectionsSchema: CommandSchema<RefuseConnectionsCommand> = commandSchema('refuseConnections', { task: taskArg });
