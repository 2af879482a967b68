/** `deleteCluster`'s arguments as scripts, imports and messages write them (deleteCluster.ts is the command). */
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteClusterCommand } from './deleteCluster';

export const deleteClusterSchema: CommandSchema<DeleteClusterCommand> = commandSchema('deleteCluster', { cluster: idArg });
