/**
 * `addInstances`: registers new container instances (default 1, of the cluster's first instance type),
 * continuing the round robin over Availability Zones. The world spec lists them first, then they register.
 */
import { LIMITS, tooManyMessage } from '../limits';
import { newInstanceSpecs, registerInstances } from '../capacity/instances';
import { withClusterInstances } from '../edits/worldChanges';
import type { OperationDefinition } from './definition';
import { refusal } from './refusal';

export interface AddInstancesCommand {
  readonly do: 'addInstances';
  readonly cluster: string;
  readonly count?: number;
  readonly instanceType?: string;
}

export const addInstances: OperationDefinition<AddInstancesCommand> = {
  kind: 'operation',
  references: (command) => [
    ...(command.instanceType === undefined ? [] : [{ kind: 'instanceType' as const, path: 'instanceType', instanceType: command.instanceType }]),
    { kind: 'cluster', path: 'cluster', id: command.cluster },
    { kind: 'newInstances', path: 'count', cluster: command.cluster, count: command.count ?? 1 },
  ],
  inverse: { none: 'New instances are EC2 capacity, not configuration to take back: remove them with removeInstance.' },
  prepare({ engine }, command) {
    const cluster = engine.clustersById.get(command.cluster);
    if (!cluster) return refusal(null, `no cluster named ${command.cluster}`);
    const count = command.count ?? 1;
    if (!Number.isInteger(count) || count < 1) return refusal(null, 'the number of instances must be a whole number, 1 or more');
    const limit = LIMITS.containerInstancesPerCluster;
    const registered = cluster.instances.filter((i) => i.status !== 'INACTIVE').length;
    if (registered + count > limit.value) return refusal(null, tooManyMessage(registered + count, 'instances', limit));
    return () => {
      const specs = newInstanceSpecs(cluster, count, command.instanceType);
      engine.world = withClusterInstances(engine.world, cluster.spec.id, (list) => [...list, ...specs]);
      registerInstances(engine, cluster, specs);
    };
  },
};
