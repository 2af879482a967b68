/** `setDesiredCount`: a name scripts use for UpdateService with a desired count; it starts no deployment. */
import { byId } from '../edits/worldChanges';
import type { CompiledDefinition } from './definition';

export interface SetDesiredCountCommand {
  readonly do: 'setDesiredCount';
  readonly service: string;
  readonly count: number;
}

export const setDesiredCount: CompiledDefinition<SetDesiredCountCommand> = {
  kind: 'compiled',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: (world, command) => {
    const service = byId(world.services, command.service);
    return service ? [{ do: 'setDesiredCount', service: service.id, count: service.desiredCount }] : null;
  },
  compile: (_world, command) => [{ do: 'updateService', service: command.service, desiredCount: command.count }],
};
