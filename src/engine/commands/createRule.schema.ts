/** `createRule`'s arguments as scripts, imports and messages write them (createRule.ts is the command). */
import { listenerRuleSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { CreateRuleCommand } from './createRule';

export const createRuleSchema: CommandSchema<CreateRuleCommand> = commandSchema('createRule', { rule: listenerRuleSpecSchema });
