/**
 * What the resource writers share: the world, and the placeholder parameters (VPC, subnets, certificate) a deployable
 * template needs and the simulator does not; each writer marks the ones it uses, so only those are declared.
 */
import type { ScenarioSpec } from '../../engine';
import { isLogicalId } from './cfn';

export type Placeholder = 'vpc' | 'subnets' | 'certificate';

const PREFERRED: Readonly<Record<Placeholder, string>> = { vpc: 'VpcId', subnets: 'Subnets', certificate: 'CertificateArn' };

export class ExportContext {
  private readonly used = new Set<Placeholder>();
  private readonly names: Record<Placeholder, string>;

  constructor(readonly spec: ScenarioSpec) {
    const taken = new Set<string>([spec.clusters, spec.taskDefinitions, spec.services, spec.loadBalancers, spec.listeners, spec.rules, spec.targetGroups]
      .flatMap((list: readonly { readonly id: string }[]) => list.map((item) => item.id)));
    // Parameters and resources share one namespace: a resource already called VpcId pushes the parameter aside.
    const free = (name: string): string => {
      let candidate = name;
      for (let n = 2; taken.has(candidate); n++) candidate = `${name}Param${n === 2 ? '' : n}`;
      taken.add(candidate);
      return candidate;
    };
    this.names = { vpc: free(PREFERRED.vpc), subnets: free(PREFERRED.subnets), certificate: free(PREFERRED.certificate) };
  }

  /** The parameter's logical ID, marked as used. */
  parameter(kind: Placeholder): string {
    this.used.add(kind);
    return this.names[kind];
  }

  usedParameters(): readonly { readonly kind: Placeholder; readonly name: string }[] {
    return (['vpc', 'subnets', 'certificate'] as const).filter((kind) => this.used.has(kind)).map((kind) => ({ kind, name: this.names[kind] }));
  }

  /**
   * A cluster is written as a resource when its ID can be a logical ID; otherwise (an implicit cluster such as
   * "imported-cluster") services name it by its name and the loader adds it again, with that name as its ID.
   */
  isClusterResource(clusterId: string): boolean {
    return isLogicalId(clusterId);
  }
}
