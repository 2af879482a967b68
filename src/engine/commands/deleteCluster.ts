/** DeleteCluster: only an empty one (no services, no container instances), as the ECS API insists. */
import { byId, changed, refused } from '../edits/worldChanges';
import type { EditDefinition } from './definition';

export interface DeleteClusterCommand {
  readonly do: 'deleteCluster';
  readonly cluster: string;
}

export const deleteCluster: EditDefinition<DeleteClusterCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const cluster = byId(world.clusters, command.cluster);
    return cluster ? [{ do: 'createCluster', cluster }] : null;
  },
  subject: (command) => command.cluster,
  edit(world, command) {
    const cluster = byId(world.clusters, command.cluster);
    if (!cluster) return refused('ClusterNotFoundException', 'Cluster not found.');
    if (world.services.some((s) => s.clusterId === cluster.id)) {
      return refused('ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.');
    }
    if (cluster.instances.length > 0) {
      return refused('ClusterContainsContainerInstancesException', 'The Cluster cannot be deleted while Container Instances are active or draining.');
    }
    return changed(world, { clusters: world.clusters.filter((c) => c.id !== cluster.id) });
  },
  reconcile({ engine }, command) {
    const i = engine.clusters.findIndex((c) => c.spec.id === command.cluster);
    if (i >= 0) engine.clusters.splice(i, 1);
    engine.clustersById.delete(command.cluster);
  },
};
