/** `createListener`'s arguments as scripts, imports and messages write them (createListener.ts is the command). */
import { listenerSpecSchema } from '../schema/specSchemas';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { CreateListenerCommand } from './createListener';

export const createListenerSchema: CommandSchema<CreateListenerCommand> = commandSchema('createListener', { listener: listenerSpecSchema });
