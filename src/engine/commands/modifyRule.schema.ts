/** `modifyRule`'s arguments as scripts, imports and messages write them (modifyRule.ts is the command). */
import { z } from '../../zod';
import { actionSchema, conditionSchema } from '../schema/specSchemas';
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { ModifyRuleCommand } from './modifyRule';

export const modifyRuleSchema: CommandSchema<ModifyRuleCommand> = commandSchema('modifyRule', {
  rule: idArg,
  priority: z.number().int().optional(),
  conditions: z.array(conditionSchema).optional(),
  actions: z.array(actionSchema).min(1).optional(),
});
