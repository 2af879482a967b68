/** `deleteTargetGroup`'s arguments as scripts, imports and messages write them (deleteTargetGroup.ts is the command). */
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteTargetGroupCommand } from './deleteTargetGroup';

export const deleteTargetGroupSchema: CommandSchema<DeleteTargetGroupCommand> = commandSchema('deleteTargetGroup', { targetGroup: idArg });
