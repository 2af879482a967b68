/** `modifyListener`'s arguments as scripts, imports and messages write them (modifyListener.ts is the command). */
import { z } from '../../zod';
import { actionSchema } from '../schema/specSchemas';
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { ModifyListenerCommand } from './modifyListener';

export const modifyListenerSchema: CommandSchema<ModifyListenerCommand> = commandSchema('modifyListener', {
  listener: idArg,
  port: z.number().int().min(1).max(65535).optional(),
  protocol: z.enum(['HTTP', 'HTTPS']).optional(),
  defaultActions: z.array(actionSchema).min(1).optional(),
});
