/** `deleteRule`'s arguments as scripts, imports and messages write them (deleteRule.ts is the command). */
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteRuleCommand } from './deleteRule';

export const deleteRuleSchema: CommandSchema<DeleteRuleCommand> = commandSchema('deleteRule', { rule: idArg });
