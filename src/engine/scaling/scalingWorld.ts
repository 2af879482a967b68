/**
 * Service Auto Scaling in the world spec: the scalable target of a service, AWS's refusals in Application Auto
 * Scaling's words, and the checks a policy passes against the service it scales (the loader uses them too).
 */
import { byId, refused, type WorldEdit } from '../edits/worldChanges';
import { scalableResourceId } from '../names';
import type { ScalableTargetSpec, ScalingPolicySpec, StepAdjustmentSpec } from '../scalingSpec';
import type { ScenarioSpec, ServiceSpec } from '../spec';

export const DIMENSION = 'ecs:service:DesiredCount';

export function targetOf(world: ScenarioSpec, serviceId: string): ScalableTargetSpec | undefined {
  return (world.scaling ?? []).find((t) => t.serviceId === serviceId);
}

export function resourceIdIn(world: ScenarioSpec, service: ServiceSpec): string {
  const cluster = byId(world.clusters, service.clusterId);
  return scalableResourceId(cluster?.name ?? service.clusterId, service.name);
}

export function noTargetMessage(resourceId: string): string {
  return `No scalable target registered for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${DIMENSION}`;
}

export function noPolicyMessage(resourceId: string, policyName: string): string {
  return `No scaling policy found for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${DIMENSION}, policy name: ${policyName}`;
}

export const MIN_OVER_MAX = 'Minimum capacity cannot be greater than maximum capacity';

/** The service a scaling call names, or AWS's refusal: no such service. */
export function serviceFor(world: ScenarioSpec, serviceId: string): ServiceSpec | WorldEdit {
  return byId(world.services, serviceId) ?? refused('ValidationException', `ECS service doesn't exist: ${serviceId}`);
}

/** The service and its scalable target, or AWS's refusal: no such service, or no scalable target registered. */
export function scaledServiceFor(world: ScenarioSpec, serviceId: string): { readonly service: ServiceSpec; readonly target: ScalableTargetSpec } | WorldEdit {
  const service = serviceFor(world, serviceId);
  if ('ok' in service) return service;
  const target = targetOf(world, service.id);
  return target ? { service, target } : refused('ObjectNotFoundException', noTargetMessage(resourceIdIn(world, service)));
}

/** The world with the service's scalable target replaced (or removed with null), others kept in order. */
export function withTarget(world: ScenarioSpec, serviceId: string, target: ScalableTargetSpec | null): ScenarioSpec {
  const targets = world.scaling ?? [];
  const i = targets.findIndex((t) => t.serviceId === serviceId);
  const next = target === null ? targets.filter((t) => t.serviceId !== serviceId) : i < 0 ? [...targets, target] : targets.map((t, j) => (j === i ? target : t));
  return { ...world, scaling: next };
}

function serviceGroups(service: ServiceSpec): string[] {
  return service.loadBalancers.map((lb) => lb.targetGroupId);
}

/** Why AWS would refuse this policy for this service, or null. */
export function policyProblem(service: ServiceSpec, policy: ScalingPolicySpec): string | null {
  const groups = serviceGroups(service);
  if (policy.type === 'TargetTrackingScaling') {
    if (policy.metric === 'ALBRequestCountPerTarget') {
      if (policy.resourceLabel === null) return 'ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget (app/<load-balancer-name>/<id>/targetgroup/<target-group-name>/<id>).';
      if (policy.targetGroupId === null || !groups.includes(policy.targetGroupId)) {
        return `ResourceLabel ${policy.resourceLabel} does not name a target group of service ${service.name}; ALBRequestCountPerTarget needs one the service registers its tasks in.`;
      }
    } else if (policy.resourceLabel !== null) {
      return `ResourceLabel is only valid for the predefined metric type ALBRequestCountPerTarget, not ${policy.metric}.`;
    }
    return null;
  }
  const problem = stepsProblem(policy.steps);
  if (problem !== null) return problem;
  const alarm = policy.alarm;
  if (alarm !== null && alarm.metric === 'RequestCountPerTarget' && (alarm.targetGroupId === null || !groups.includes(alarm.targetGroupId))) {
    return `Alarm ${alarm.name} watches RequestCountPerTarget of a target group service ${service.name} does not register its tasks in.`;
  }
  if (alarm !== null && alarm.metric !== 'RequestCountPerTarget' && alarm.targetGroupId !== null) {
    return `Alarm ${alarm.name} watches ${alarm.metric}, which has no target group.`;
  }
  return null;
}

const fmt = (bound: number | null, open: string): string => (bound === null ? open : String(bound));

/**
 * Application Auto Scaling's rules for a step policy's StepAdjustments, in its words (StepAdjustment): "The ranges of
 * your step adjustments can't overlap or have a gap. At most one step adjustment can have a null lower bound. If one
 * step adjustment has a negative lower bound, then there must be a step adjustment with a null lower bound. At most
 * one step adjustment can have a null upper bound. If one step adjustment has a positive upper bound, then there must
 * be a step adjustment with a null upper bound. The upper and lower bound can't be null in the same step adjustment."
 */
export function stepsProblem(steps: readonly StepAdjustmentSpec[]): string | null {
  for (const step of steps) {
    if (step.lowerBound === null && step.upperBound === null) return 'The upper and lower bound can\'t be null in the same step adjustment.';
    if (step.lowerBound !== null && step.upperBound !== null && step.upperBound <= step.lowerBound) {
      return `Step adjustment upper bound ${step.upperBound} must be greater than its lower bound ${step.lowerBound}.`;
    }
  }
  const openBelow = steps.filter((s) => s.lowerBound === null).length;
  const openAbove = steps.filter((s) => s.upperBound === null).length;
  if (openBelow > 1) return 'At most one step adjustment can have a null lower bound.';
  if (openAbove > 1) return 'At most one step adjustment can have a null upper bound.';
  if (openBelow === 0 && steps.some((s) => s.lowerBound !== null && s.lowerBound < 0)) {
    return 'If one step adjustment has a negative lower bound, then there must be a step adjustment with a null lower bound.';
  }
  if (openAbove === 0 && steps.some((s) => s.upperBound !== null && s.upperBound > 0)) {
    return 'If one step adjustment has a positive upper bound, then there must be a step adjustment with a null upper bound.';
  }
  const sorted = [...steps].sort((a, b) => (a.lowerBound ?? -Infinity) - (b.lowerBound ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const step = sorted[i]!;
    if (step.lowerBound !== before.upperBound) {
      const kind = before.upperBound === null || (step.lowerBound ?? -Infinity) < before.upperBound ? 'overlap' : 'gap';
      return `The ranges of your step adjustments can't overlap or have a gap: the step from ${fmt(before.lowerBound, '-infinity')} to ${fmt(before.upperBound, 'infinity')} and the one from ${fmt(step.lowerBound, '-infinity')} to ${fmt(step.upperBound, 'infinity')} ${kind === 'gap' ? 'leave a gap' : 'overlap'}.`;
    }
  }
  return null;
}
