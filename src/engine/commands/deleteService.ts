/** DeleteService with force: the desired count drops to 0, the tasks drain and stop, then the service is gone. */
import { byId, changed, has, refused } from '../edits/worldChanges';
import { deleteService as remove } from '../services/serviceRecords';
import type { EditDefinition } from './definition';

export interface DeleteServiceCommand {
  readonly do: 'deleteService';
  readonly service: string;
}

export const deleteService: EditDefinition<DeleteServiceCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const service = byId(world.services, command.service);
    return service ? [{ do: 'createService', service }] : null;
  },
  subject: (command) => command.service,
  edit(world, command) {
    if (!has(world.services, command.service)) return refused('ServiceNotFoundException', 'Service not found.');
    return changed(world, { services: world.services.filter((s) => s.id !== command.service) });
  },
  reconcile({ engine }, command) {
    const service = engine.servicesById.get(command.service);
    if (service) remove(engine, service);
  },
};
