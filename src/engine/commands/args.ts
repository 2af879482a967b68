/** The argument schemas commands share, with the descriptions the JSON Schema shows, and the schema builder. */
import { z } from '../../zod';
import { strict } from '../schema/strict';

export const taskArg = z.string().min(1).meta({ description: 'Task ID "<service logical ID>-<n>" (MC13), e.g. "UsersService-2".' });
export const serviceArg = z.string().min(1).meta({ description: 'Logical ID of an AWS::ECS::Service in this template.' });
export const instanceArg = z.string().min(1).meta({
  description: 'EC2 instance ID of a container instance ("i-" and 17 hex digits): one registered at t = 0 or added by an earlier addInstances.',
});
/** A logical ID an edit names. */
export const idArg = z.string().min(1);

/** `{ do: name, ...args }`, strict: an unknown key says which keys the command takes. */
export function commandSchema<Name extends string, Args extends z.ZodRawShape>(name: Name, args: Args) {
  return strict({ do: z.literal(name), ...args }, `"${name}"`);
}
