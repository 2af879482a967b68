/** CreateCluster: a cluster, with any container instances it lists registered at once. */
import { buildCluster } from '../capacity/instances';
import { LIMITS, tooManyMessage } from '../limits';
import { changed, duplicateId, idTaken, refused } from '../edits/worldChanges';
import type { ClusterSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface CreateClusterCommand {
  readonly do: 'createCluster';
  readonly cluster: ClusterSpec;
}

export const createCluster: EditDefinition<CreateClusterCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deleteCluster', cluster: command.cluster.id }],
  subject: (command) => command.cluster.id,
  edit(world, { cluster }) {
    if (idTaken(world, cluster.id)) return duplicateId(cluster.id);
    const limit = LIMITS.containerInstancesPerCluster;
    if (cluster.instances.length > limit.value) return refused(null, tooManyMessage(cluster.instances.length, 'instances', limit));
    if (world.clusters.some((x) => x.name === cluster.name)) return refused(null, `A cluster named ${cluster.name} already exists.`);
    return changed(world, { clusters: [...world.clusters, cluster] });
  },
  reconcile: ({ engine }, command) => void buildCluster(engine, command.cluster),
};
