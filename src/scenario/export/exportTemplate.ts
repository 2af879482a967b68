/**
 * The world as a CloudFormation template that loads back to the same world: `loadScenario(exportTemplate(spec))`
 * gives `spec` again, deep-equal. Everything the loader would derive differently is pinned (task-definition
 * revisions, deregistered ones' numbers and EC2 container instances in Metadata.EcsOrchestra); everything it derives the same way (ARNs and DNS
 * names from names and logical IDs, AWS's defaults) is left to it, so the template reads like one written by hand.
 */
import type { ScenarioSpec, ScriptEntry } from '../../engine';
import { getAtt, props, sub, type CfnObject } from './cfn';
import { ExportContext, type Placeholder } from './context';
import { clusterResource, serviceResource, taskDefinitionResource } from './exportEcs';
import { listenerResource, loadBalancerResource, ruleResource, targetGroupResource } from './exportElb';
import { scriptEntryJson } from './exportScript';
import { scalingResources } from './exportScaling';

export interface ExportOptions {
  /** The script to write; default the world's own (`spec.script`). */
  readonly script?: readonly ScriptEntry[];
  /** Seed to write; default `spec.seed`. */
  readonly seed?: number;
  /** Title to write; default `spec.title`. */
  readonly title?: string;
  /**
   * Where renamed logical IDs came from, when the world was built from a bundle of templates; written as is under
   * `Metadata.EcsOrchestra.sources` (JSON-serializable, not read back by the simulator).
   */
  readonly renames?: Readonly<Record<string, unknown>>;
}

const DESCRIPTION_LIMIT = 1024;

const PARAMETERS: Readonly<Record<Placeholder, CfnObject>> = {
  vpc: { Type: 'AWS::EC2::VPC::Id', Description: 'VPC of the target groups (not simulated: the simulator uses a placeholder)' },
  subnets: {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Subnets in at least two Availability Zones, for the load balancer and awsvpc tasks (not simulated: the simulator uses a placeholder)',
  },
  certificate: {
    Type: 'String',
    Default: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-4000-8000-000000000000',
    Description: 'ACM certificate of the HTTPS listeners (TLS is not simulated; replace the placeholder to deploy)',
  },
};

/** Each load balancer's DNS name and URL (on its lowest listener port), as learners expect to find them in Outputs. */
function outputs(spec: ScenarioSpec): CfnObject | undefined {
  const result: CfnObject = {};
  for (const lb of spec.loadBalancers) {
    const listener = spec.listeners.filter((l) => l.loadBalancerId === lb.id).sort((a, b) => a.port - b.port)[0];
    const scheme = listener?.protocol === 'HTTPS' ? 'https' : 'http';
    const port = listener && listener.port !== (scheme === 'https' ? 443 : 80) ? `:${listener.port}` : '';
    result[`${lb.id}DnsName`] = { Description: `DNS name of load balancer ${lb.name}`, Value: getAtt(lb.id, 'DNSName') };
    result[`${lb.id}Url`] = { Description: `Address of load balancer ${lb.name}`, Value: sub(`${scheme}://\${${lb.id}.DNSName}${port}/`) };
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function scenarioSettings(spec: ScenarioSpec, options: ExportOptions): CfnObject {
  const script = options.script ?? spec.script;
  return props({
    title: options.title ?? spec.title,
    summary: spec.summary,
    seed: options.seed ?? spec.seed,
    // Cold is what a template without the setting means, so only warm is written.
    start: spec.start === 'warm' ? 'warm' : undefined,
    traffic: spec.traffic === null ? undefined : { rate: spec.traffic.rate, mix: spec.traffic.mix, ...(spec.traffic.timeline ? { timeline: spec.traffic.timeline } : {}) },
    deregisteredRevisions: Object.keys(spec.deregisteredRevisions).length > 0 ? spec.deregisteredRevisions : undefined,
    script: script.length > 0 ? script.map(scriptEntryJson) : undefined,
    sources: options.renames,
  });
}

/** The world as a CloudFormation template (long-form intrinsics; see toJsonText and toYamlText for text). */
export function exportTemplate(spec: ScenarioSpec, options: ExportOptions = {}): Record<string, unknown> {
  const ctx = new ExportContext(spec);
  const resources: CfnObject = {};
  // The loader keeps each type's resources in template order, so each list is written in the world's order.
  for (const cluster of spec.clusters) if (ctx.isClusterResource(cluster.id)) resources[cluster.id] = clusterResource(cluster, ctx);
  for (const td of spec.taskDefinitions) resources[td.id] = taskDefinitionResource(td);
  for (const lb of spec.loadBalancers) resources[lb.id] = loadBalancerResource(lb, ctx);
  for (const tg of spec.targetGroups) resources[tg.id] = targetGroupResource(tg, ctx);
  for (const listener of spec.listeners) resources[listener.id] = listenerResource(listener, ctx);
  for (const rule of spec.rules) resources[rule.id] = ruleResource(rule);
  for (const service of spec.services) resources[service.id] = serviceResource(service, ctx);
  Object.assign(resources, scalingResources(spec));
  const parameters = ctx.usedParameters();
  const title = options.title ?? spec.title;
  return props({
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${title} (exported from ECS Orchestra)`.slice(0, DESCRIPTION_LIMIT),
    Metadata: { EcsOrchestra: scenarioSettings(spec, options) },
    Parameters: parameters.length > 0 ? Object.fromEntries(parameters.map(({ kind, name }) => [name, PARAMETERS[kind]])) : undefined,
    Resources: resources,
    Outputs: outputs(spec),
  });
}
