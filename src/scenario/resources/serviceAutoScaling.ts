/**
 * Service Auto Scaling from a template (facts 60-62): AWS::ApplicationAutoScaling::ScalableTarget for a service's
 * desired count, its AWS::ApplicationAutoScaling::ScalingPolicy resources (target tracking on the three predefined
 * metrics, step scaling), and for a step policy the AWS::CloudWatch::Alarm whose AlarmActions name it. What the
 * simulator cannot run (other namespaces, custom metrics, predictive or scheduled scaling) loads with a warning.
 */
import {
  ADJUSTMENT_TYPES, COMPARISON_OPERATORS, METRIC_AGGREGATION_TYPES, PREDEFINED_METRIC_TYPES, policyProblem, stepsProblem,
  type AdjustmentType, type ComparisonOperator, type MetricAggregationType, type PredefinedMetricType, type ScalableTargetSpec, type ScalingMetricName,
  type ScalingPolicySpec, type ServiceSpec, type StepAdjustmentSpec, type StepAlarmSpec, type TargetGroupSpec,
} from '../../engine';
import type { LoadContext } from '../context';
import { Node, bool, int, list, num, obj, str } from '../node';
import { SCALABLE_TARGET, SCALING_POLICY } from '../resourceTypes';
import type { TemplateResource } from '../template';
import { Link } from '../values';
import {
  SCALABLE_TARGET_PROPERTIES, SCALING_POLICY_PROPERTIES, STEP_ADJUSTMENT_PROPERTIES, STEP_SCALING_PROPERTIES, TARGET_TRACKING_PROPERTIES,
} from './knownProperties';

export const CLOUDWATCH_ALARM = 'AWS::CloudWatch::Alarm';
const DIMENSION = 'ecs:service:DesiredCount';
/** Fact 62. */
const DEFAULT_COOLDOWN_SECONDS = 300;

export interface ScalingInputs {
  readonly services: readonly ServiceSpec[];
  readonly targetGroups: readonly TargetGroupSpec[];
  /** Cluster logical ID -> its name, to match a resource ID's cluster. */
  readonly clusterNames: ReadonlyMap<string, string>;
}

interface Unit {
  readonly ctx: LoadContext;
  readonly resource: TemplateResource;
}

/** The service a `service/<cluster>/<service>` resource ID names, or why none. */
function serviceOfResourceId(text: string, inputs: ScalingInputs): ServiceSpec | string {
  const match = /^service\/([^/]+)\/([^/]+)$/.exec(text);
  if (!match) return `ResourceId "${text}" is not service/<cluster-name>/<service-name> (fact 60)`;
  const [, cluster, name] = match;
  const service = inputs.services.find((s) => (s.name === name || s.id === name) && (inputs.clusterNames.get(s.clusterId) ?? s.clusterId) === cluster)
    ?? inputs.services.find((s) => s.name === name || s.id === name);
  return service ?? `ResourceId "${text}" names no ECS service of this template`;
}

function targetGroupOfLabel(label: string, inputs: ScalingInputs): string | null {
  const name = /targetgroup\/([^/]+)(\/|$)/.exec(label)?.[1];
  return name === undefined ? null : (inputs.targetGroups.find((tg) => tg.name === name)?.id ?? null);
}

function oneOf<T extends string>(node: Node | undefined, allowed: readonly T[], what: string): T | undefined {
  const value = node?.asString();
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  node?.error(`${what} must be one of ${allowed.join(', ')}, got "${value}"`);
  return undefined;
}

function readTarget(unit: Unit, inputs: ScalingInputs): ScalableTargetSpec | null {
  const props = Node.properties(unit.ctx, unit.resource);
  props.warnUnknown(SCALABLE_TARGET_PROPERTIES);
  const namespace = str(props, 'ServiceNamespace');
  const dimension = str(props, 'ScalableDimension');
  if (namespace !== 'ecs' || dimension !== DIMENSION) {
    props.warn(`Only ECS services' desired count (ServiceNamespace ecs, ScalableDimension ${DIMENSION}) is simulated; this scalable target is listed and not simulated.`);
    return null;
  }
  const resourceId = props.get('ResourceId');
  const text = resourceId?.asString('the scalable target is not simulated');
  if (resourceId === undefined) props.error('ResourceId is required');
  if (text === undefined) return null;
  const service = serviceOfResourceId(text, inputs);
  if (typeof service === 'string') {
    resourceId?.warn(`${service}; the scalable target is not simulated.`);
    return null;
  }
  const min = int(props, 'MinCapacity');
  const max = int(props, 'MaxCapacity');
  if (min === undefined || max === undefined) {
    if (!props.get('MinCapacity')) props.error('MinCapacity is required');
    if (!props.get('MaxCapacity')) props.error('MaxCapacity is required');
    return null;
  }
  if (min < 0 || max < 0) {
    props.get(min < 0 ? 'MinCapacity' : 'MaxCapacity')?.error('a capacity is a whole number, 0 or more');
    return null;
  }
  if (min > max) {
    props.get('MinCapacity')?.error('Minimum capacity cannot be greater than maximum capacity');
    return null;
  }
  if (props.get('ScheduledActions')) props.get('ScheduledActions')?.warn('Scheduled actions are not simulated yet; the policies still scale the service.');
  if (props.get('SuspendedState')) props.get('SuspendedState')?.warn('SuspendedState is not simulated; scaling runs as if nothing were suspended.');
  return { id: unit.resource.logicalId, serviceId: service.id, minCapacity: min, maxCapacity: max, policies: [] };
}

function readTargetTracking(config: Node, name: string, service: ServiceSpec, inputs: ScalingInputs): ScalingPolicySpec | null {
  config.warnUnknown(TARGET_TRACKING_PROPERTIES);
  if (config.get('CustomizedMetricSpecification')) {
    config.get('CustomizedMetricSpecification')?.warn('Customized metrics are not simulated; only the predefined ECS and ALB metrics are. The policy is not simulated.');
    return null;
  }
  const predefined = obj(config, 'PredefinedMetricSpecification');
  if (!predefined) {
    config.error('PredefinedMetricSpecification is required');
    return null;
  }
  const metric = oneOf<PredefinedMetricType>(predefined.get('PredefinedMetricType'), PREDEFINED_METRIC_TYPES, 'PredefinedMetricType');
  const targetValue = num(config, 'TargetValue');
  if (metric === undefined || targetValue === undefined) {
    if (!config.get('TargetValue')) config.error('TargetValue is required');
    return null;
  }
  const resourceLabel = str(predefined, 'ResourceLabel') ?? null;
  const policy: ScalingPolicySpec = {
    type: 'TargetTrackingScaling',
    name,
    metric,
    resourceLabel,
    targetGroupId: resourceLabel === null ? null : targetGroupOfLabel(resourceLabel, inputs),
    targetValue,
    scaleOutCooldownSeconds: int(config, 'ScaleOutCooldown') ?? DEFAULT_COOLDOWN_SECONDS,
    scaleInCooldownSeconds: int(config, 'ScaleInCooldown') ?? DEFAULT_COOLDOWN_SECONDS,
    disableScaleIn: bool(config, 'DisableScaleIn') ?? false,
  };
  if (!(targetValue > 0)) {
    config.get('TargetValue')?.error('TargetValue must be above 0');
    return null;
  }
  const problem = policyProblem(service, policy);
  if (problem !== null) {
    (predefined.get('ResourceLabel') ?? predefined).error(problem);
    return null;
  }
  return policy;
}

function bound(node: Node, key: string): number | null {
  return num(node, key) ?? null;
}

function readStepScaling(config: Node, name: string, alarm: StepAlarmSpec | null): ScalingPolicySpec | null {
  config.warnUnknown(STEP_SCALING_PROPERTIES);
  const adjustmentType = oneOf<AdjustmentType>(config.get('AdjustmentType'), ADJUSTMENT_TYPES, 'AdjustmentType');
  const steps: StepAdjustmentSpec[] = [];
  for (const step of list(config, 'StepAdjustments') ?? []) {
    if (!step.asObject()) continue;
    step.warnUnknown(STEP_ADJUSTMENT_PROPERTIES);
    const adjustment = int(step, 'ScalingAdjustment');
    if (adjustment === undefined) {
      if (!step.get('ScalingAdjustment')) step.error('ScalingAdjustment is required');
      continue;
    }
    steps.push({ lowerBound: bound(step, 'MetricIntervalLowerBound'), upperBound: bound(step, 'MetricIntervalUpperBound'), scalingAdjustment: adjustment });
  }
  if (adjustmentType === undefined || steps.length === 0) {
    if (!config.get('AdjustmentType')) config.error('AdjustmentType is required');
    if (!config.get('StepAdjustments')) config.error('StepAdjustments is required');
    return null;
  }
  const stepProblem = stepsProblem(steps);
  if (stepProblem !== null) {
    (config.get('StepAdjustments') ?? config).error(stepProblem);
    return null;
  }
  return {
    type: 'StepScaling', name, adjustmentType, steps,
    cooldownSeconds: int(config, 'Cooldown') ?? DEFAULT_COOLDOWN_SECONDS,
    minAdjustmentMagnitude: int(config, 'MinAdjustmentMagnitude') ?? null,
    metricAggregationType: oneOf<MetricAggregationType>(config.get('MetricAggregationType'), METRIC_AGGREGATION_TYPES, 'MetricAggregationType') ?? 'Average',
    alarm,
  };
}

/** The alarm of a step policy: a CloudWatch alarm on one of the service's metrics with the policy in AlarmActions. */
function readAlarm(unit: Unit, inputs: ScalingInputs): StepAlarmSpec | null {
  const props = Node.properties(unit.ctx, unit.resource);
  const metricName = str(props, 'MetricName');
  const metrics: Readonly<Record<string, ScalingMetricName>> = { CPUUtilization: 'CPUUtilization', MemoryUtilization: 'MemoryUtilization', RequestCountPerTarget: 'RequestCountPerTarget' };
  const metric = metricName === undefined ? undefined : metrics[metricName];
  if (metric === undefined) {
    props.warn(`Alarm on ${metricName ?? 'a metric'} is not simulated: the simulator has CPUUtilization and MemoryUtilization (AWS/ECS) and RequestCountPerTarget (AWS/ApplicationELB).`);
    return null;
  }
  const comparison = oneOf<ComparisonOperator>(props.get('ComparisonOperator'), COMPARISON_OPERATORS, 'ComparisonOperator');
  const threshold = num(props, 'Threshold');
  const periods = int(props, 'EvaluationPeriods') ?? 1;
  const period = int(props, 'Period') ?? 60;
  if (period !== 60) props.get('Period')?.warn(`Period ${period}: the simulator's datapoints are one minute, so each evaluation period is 60 s.`);
  if (comparison === undefined || threshold === undefined) return null;
  let targetGroupId: string | null = null;
  if (metric === 'RequestCountPerTarget') {
    for (const dimension of list(props, 'Dimensions') ?? []) {
      if (str(dimension, 'Name') === 'TargetGroup') targetGroupId = targetGroupOfLabel(str(dimension, 'Value') ?? '', inputs);
    }
  }
  const name = str(props, 'AlarmName') ?? unit.resource.logicalId;
  return { name, metric, targetGroupId, comparison, threshold, evaluationPeriods: Math.max(1, Math.min(1440, periods)) };
}

/** Which policies each alarm's AlarmActions name (by `Ref`). */
function alarmsByPolicy(alarms: readonly Unit[]): Map<string, Unit> {
  const found = new Map<string, Unit>();
  for (const unit of alarms) {
    const props = Node.properties(unit.ctx, unit.resource);
    for (const action of props.get('AlarmActions')?.asList() ?? []) {
      if (action.value instanceof Link) found.set(action.value.logicalId, unit);
    }
  }
  return found;
}

export interface BuiltScaling {
  readonly targets: ScalableTargetSpec[];
  /** Resources read and simulated: scalable targets, policies and the alarms behind step policies. */
  readonly simulated: Set<string>;
}

/** Every scalable target and policy of these stacks, with the alarms step policies use. */
export function buildServiceAutoScaling(units: readonly Unit[], inputs: ScalingInputs): BuiltScaling {
  const simulated = new Set<string>();
  const targets = new Map<string, ScalableTargetSpec>();
  const byService = new Map<string, string>();
  for (const unit of units.filter((u) => u.resource.type === SCALABLE_TARGET)) {
    const target = readTarget(unit, inputs);
    if (target === null) continue;
    if (byService.has(target.serviceId)) {
      Node.properties(unit.ctx, unit.resource).get('ResourceId')?.error(`service ${target.serviceId} already has scalable target ${byService.get(target.serviceId) ?? ''}: a resource ID and dimension have one scalable target`);
      continue;
    }
    byService.set(target.serviceId, target.id);
    targets.set(target.id, target);
    simulated.add(target.id);
  }
  const alarms = alarmsByPolicy(units.filter((u) => u.resource.type === CLOUDWATCH_ALARM));
  for (const unit of units.filter((u) => u.resource.type === SCALING_POLICY)) {
    const props = Node.properties(unit.ctx, unit.resource);
    props.warnUnknown(SCALING_POLICY_PROPERTIES);
    const targetNode = props.get('ScalingTargetId');
    let target: ScalableTargetSpec | undefined;
    if (targetNode?.value instanceof Link) target = targets.get(targetNode.value.logicalId);
    else {
      const resourceId = str(props, 'ResourceId');
      const service = resourceId === undefined ? undefined : serviceOfResourceId(resourceId, inputs);
      if (service !== undefined && typeof service !== 'string') target = [...targets.values()].find((t) => t.serviceId === service.id);
    }
    if (target === undefined) {
      props.warn('The policy names no simulated scalable target (ScalingTargetId, or ResourceId with ScalableDimension); it is not simulated.');
      continue;
    }
    const name = str(props, 'PolicyName') ?? unit.resource.logicalId;
    const type = str(props, 'PolicyType');
    const serviceId = target.serviceId;
    const service = inputs.services.find((s) => s.id === serviceId);
    if (service === undefined) continue;
    let policy: ScalingPolicySpec | null = null;
    if (type === 'TargetTrackingScaling') {
      const config = obj(props, 'TargetTrackingScalingPolicyConfiguration');
      if (config) policy = readTargetTracking(config, name, service, inputs);
      else props.error('TargetTrackingScalingPolicyConfiguration is required for PolicyType TargetTrackingScaling');
    } else if (type === 'StepScaling') {
      const config = obj(props, 'StepScalingPolicyConfiguration');
      const alarmUnit = alarms.get(unit.resource.logicalId);
      const alarm = alarmUnit ? readAlarm(alarmUnit, inputs) : null;
      if (!alarmUnit) props.warn('No AWS::CloudWatch::Alarm of this template names this policy in its AlarmActions, so nothing invokes it.');
      if (config) policy = readStepScaling(config, name, alarm);
      else props.error('StepScalingPolicyConfiguration is required for PolicyType StepScaling');
      if (policy !== null && alarmUnit && alarm !== null) {
        const problem = policyProblem(service, policy);
        if (problem === null) simulated.add(alarmUnit.resource.logicalId);
        else Node.properties(alarmUnit.ctx, alarmUnit.resource).error(problem);
      }
    } else {
      props.get('PolicyType')?.warn(`PolicyType ${type ?? ''} is not simulated (TargetTrackingScaling and StepScaling are); the policy is listed and not simulated.`);
    }
    if (policy === null) continue;
    if (target.policies.some((p) => p.name === policy.name)) {
      props.get('PolicyName')?.error(`scalable target ${target.id} already has a policy named ${policy.name}`);
      continue;
    }
    targets.set(target.id, { ...target, policies: [...target.policies, policy] });
    simulated.add(unit.resource.logicalId);
  }
  return { targets: [...targets.values()], simulated };
}
