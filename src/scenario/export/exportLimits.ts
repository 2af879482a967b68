/**
 * What an export cannot carry: the few worlds (made by hand-built specs or edits, never by the loader) whose
 * template would load back different. The app can show these before saving; an empty list means the round trip is
 * exact.
 */
import type { ScenarioSpec } from '../../engine';
import { CLUSTER_CAPACITY_DEFAULTS } from '../defaults';
import { containerInstances } from '../resources/cluster';
import { isLogicalId } from './cfn';
import { derivedNameProblems } from './exportElb';

function idProblems(spec: ScenarioSpec): string[] {
  const lists = [spec.taskDefinitions, spec.services, spec.loadBalancers, spec.listeners, spec.rules, spec.targetGroups];
  return lists.flatMap((list: readonly { readonly id: string }[]) => list.map((item) => item.id))
    .filter((id) => !isLogicalId(id))
    .map((id) => `${id} is not a CloudFormation logical ID (letters and digits only).`);
}

/** Clusters that are not logical IDs come back as implicit clusters: after the others, named by a service, bare. */
function implicitClusterProblems(spec: ScenarioSpec): string[] {
  const problems: string[] = [];
  const firstImplicit = spec.clusters.findIndex((c) => !isLogicalId(c.id));
  spec.clusters.forEach((cluster, index) => {
    if (isLogicalId(cluster.id)) {
      if (firstImplicit !== -1 && index > firstImplicit) problems.push(`Cluster ${cluster.id} would move before the implicit cluster ${spec.clusters[firstImplicit]?.id ?? ''}.`);
      return;
    }
    const services = spec.services.filter((s) => s.clusterId === cluster.id);
    if (services.length === 0) problems.push(`Implicit cluster ${cluster.id} runs no service, so nothing would name it.`);
    if (cluster.id !== cluster.name || cluster.name.includes('/')) problems.push(`Implicit cluster ${cluster.id} would come back with its name, ${cluster.name}, as its ID.`);
    const ec2 = services.some((s) => s.launchType === 'EC2');
    const implied = ec2 ? containerInstances(cluster.id, 'default', CLUSTER_CAPACITY_DEFAULTS.instances, CLUSTER_CAPACITY_DEFAULTS.instanceType) : [];
    if (JSON.stringify(cluster.instances) !== JSON.stringify(implied)) problems.push(`Implicit cluster ${cluster.id}: its container instances cannot be written (it has no resource to hold Metadata).`);
  });
  return problems;
}

function behaviourProblems(spec: ScenarioSpec): string[] {
  const problems: string[] = [];
  for (const td of spec.taskDefinitions) {
    const patterns = td.app.responses.map((r) => r.pattern);
    // Written as an object: a repeated pattern collapses, and integer-like keys would be reordered by JavaScript.
    if (new Set(patterns).size !== patterns.length || patterns.some((p) => /^\d+$/.test(p))) {
      problems.push(`Task definition ${td.id}: its responses cannot be written in order as a pattern-to-status object.`);
    }
    for (const c of td.containers) {
      if (td.networkMode === 'host' && c.portMappings.some((m) => m.hostPort === null)) problems.push(`Task definition ${td.id}: a host-mode port mapping without a host port comes back with the container port.`);
    }
  }
  for (const tg of spec.targetGroups) {
    if (tg.algorithm === 'weighted_random') problems.push(`Target group ${tg.id}: weighted_random is not simulated and comes back as round_robin.`);
  }
  if (spec.traffic && spec.traffic.mix.length === 0) problems.push('Traffic with an empty mix comes back with one default request kind.');
  if (spec.title === '') problems.push('An empty title cannot be written; the loader would use the file name.');
  return problems;
}

/** Why `loadScenario(exportTemplate(spec)).spec` would differ from `spec`; empty when it would not. */
export function exportLimits(spec: ScenarioSpec): string[] {
  return [...idProblems(spec), ...implicitClusterProblems(spec), ...derivedNameProblems(spec), ...behaviourProblems(spec)];
}
