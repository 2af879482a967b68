/** `deleteListener`'s arguments as scripts, imports and messages write them (deleteListener.ts is the command). */
import { commandSchema, idArg } from './args';
import type { CommandSchema } from './definition';
import type { DeleteListenerCommand } from './deleteListener';

export const deleteListenerSchema: CommandSchema<DeleteListenerCommand> = commandSchema('deleteListener', { listener: idArg });
