/** `createTargetGroup`'s arguments as scripts, imports and messages write them (createTargetGroup.ts is the command). */
import { targetGroupSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { CreateTargetGroupCommand } from './createTargetGroup';

export const createTargetGroupSchema: CommandSchema<CreateTargetGroupCommand> = commandSchema('createTargetGroup', { targetGroup: targetGroupSpecSchema });
