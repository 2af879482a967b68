/** `request`'s arguments as scripts, imports and messages write them (request.ts is the command). */
import { z } from '../../zod';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import type { RequestCommand } from './request';

export const requestSchema: CommandSchema<RequestCommand> = commandSchema('request', {
  method: z.string().min(1).optional(),
  host: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  query: z.string().optional(),
  headers: z.record(z.string().min(1), z.string()).optional(),
  sourceIp: z.string().min(1).optional(),
  listenerPort: z.number().int().min(1).max(65535).optional(),
  loadBalancer: z.string().min(1).optional(),
  client: z.string().min(1).optional(),
});
