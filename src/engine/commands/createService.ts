/** CreateService: the service and its first deployment; the scheduler launches its tasks when it next settles. */
import { desiredCountProblem } from '../limits';
import { changed, duplicateId, has, idTaken, refused } from '../edits/worldChanges';
import { addService, wakeService } from '../services/serviceRecords';
import type { ServiceSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface CreateServiceCommand {
  readonly do: 'createService';
  readonly service: ServiceSpec;
}

export const createService: EditDefinition<CreateServiceCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deleteService', service: command.service.id }],
  subject: (command) => command.service.id,
  edit(world, { service: s }) {
    if (idTaken(world, s.id)) return duplicateId(s.id);
    const tooMany = desiredCountProblem(s.desiredCount);
    if (tooMany !== null) return refused(null, tooMany);
    if (!has(world.clusters, s.clusterId)) return refused('ClusterNotFoundException', 'Cluster not found.');
    if (!has(world.taskDefinitions, s.taskDefinitionId)) return refused('ClientException', 'Unable to describe task definition.');
    if (world.services.some((x) => x.clusterId === s.clusterId && x.name === s.name)) {
      return refused('InvalidParameterException', 'Creation of service was not idempotent.');
    }
    return changed(world, { services: [...world.services, s] });
  },
  reconcile({ engine }, command) {
    const service = addService(engine, command.service);
    if (service) wakeService(engine, service);
  },
};
