/** AWS::ECS::Cluster, and the implicit clusters services name without defining them. */
import type { ClusterSpec } from '../../engine/spec';
import type { LoadContext } from '../context';
import { Node, str } from '../node';
import type { TemplateResource } from '../template';
import { CLUSTER_PROPERTIES } from './knownProperties';

export class Clusters {
  readonly specs: ClusterSpec[] = [];

  constructor(private readonly ctx: LoadContext) {}

  add(resource: TemplateResource): void {
    const props = Node.properties(this.ctx, resource);
    props.warnUnknown(CLUSTER_PROPERTIES);
    str(props, 'ClusterName');
    this.specs.push({ id: resource.logicalId, name: this.ctx.naming.name(resource.logicalId), instances: [] });
  }

  has(id: string): boolean {
    return this.specs.some((cluster) => cluster.id === id);
  }

  /**
   * A cluster the template only names (a parameter, an import, the account's "default"), shared by every service
   * that names it. Its ID is its name unless a logical ID already uses that.
   */
  implicit(name: string): string {
    const existing = this.specs.find((cluster) => cluster.name === name && this.ctx.resource(cluster.id) === undefined);
    if (existing) return existing.id;
    let id = name;
    for (let n = 2; this.ctx.resource(id) !== undefined || this.has(id); n++) id = `${name}-${n}`;
    this.specs.push({ id, name, instances: [] });
    return id;
  }
}
