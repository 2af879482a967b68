/** `createCluster`'s arguments as scripts, imports and messages write them (createCluster.ts is the command). */
import { clusterSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { CreateClusterCommand } from './createCluster';

export const createClusterSchema: CommandSchema<CreateClusterCommand> = commandSchema('createCluster', { cluster: clusterSpecSchema });
