/**
 * Edits in both lenses: the AWS lens names the API call a console click makes (CreateRule, ModifyTargetGroup), so
 * a learner sees what they would call; the orchestra lens says what changed on the stage.
 */
import type {
  AdjustmentType, CommandNamed, ComparisonOperator, ConditionSpec, EditCommand, EditCommandName, MetricAggregationType, ScalingMetricName, ScalingPolicySpec,
  StepAdjustmentSpec,
} from '../engine';
import { serviceName, upperFirst, type NarrationContext } from './narrationContext';
import type { Lens } from './vocabulary';

export interface EditPhrases {
  readonly attempt: string;
  readonly done: string;
}

function conditionsText(conditions: readonly ConditionSpec[]): string {
  if (conditions.length === 0) return 'no conditions';
  return conditions
    .map((c) => {
      const values = c.field === 'query-string' ? c.values.map((v) => (v.key === null ? v.value : `${v.key}=${v.value}`)) : c.values;
      const field = c.field === 'http-header' ? `${c.field} ${c.headerName}` : c.field;
      return `${field} ${values.join(' or ')}`;
    })
    .join(' and ');
}

/** Every edit, in one lens: keyed by the engine's command registry, so an edit without words does not compile. */
export type EditPhrasebook = { readonly [Name in EditCommandName]: (command: CommandNamed<Name>, ctx: NarrationContext) => EditPhrases };

const group = (ctx: NarrationContext, id: string): string => ctx.targetGroups.get(id)?.name ?? id;

const SIGNS: Readonly<Record<ComparisonOperator, string>> = {
  GreaterThanThreshold: '>', GreaterThanOrEqualToThreshold: '>=', LessThanThreshold: '<', LessThanOrEqualToThreshold: '<=',
};

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const stepRange = (step: StepAdjustmentSpec): string =>
  step.lowerBound === null ? `below ${step.upperBound ?? ''}` : step.upperBound === null ? `from ${step.lowerBound} up` : `from ${step.lowerBound} to ${step.upperBound}`;

/**
 * "inventory-cpu-50 (target tracking ECSServiceAverageCPUUtilization at 50)"; "web-steps (step scaling on alarm
 * web-high: CPUUtilization > 70 for 2 min; ChangeInCapacity +1 from 0 to 20, +3 from 20 up; Average)".
 */
function policyText(policy: ScalingPolicySpec): string {
  if (policy.type === 'TargetTrackingScaling') return `${policy.name} (target tracking ${policy.metric} at ${policy.targetValue})`;
  const alarm = policy.alarm === null ? 'no alarm' : `alarm ${policy.alarm.name}: ${policy.alarm.metric} ${SIGNS[policy.alarm.comparison]} ${policy.alarm.threshold} for ${policy.alarm.evaluationPeriods} min`;
  const steps = policy.steps.map((s) => `${signed(s.scalingAdjustment)} ${stepRange(s)}`).join(', ');
  return `${policy.name} (step scaling on ${alarm}; ${policy.adjustmentType} ${steps}; ${policy.metricAggregationType})`;
}

const PLAYERS: Readonly<Record<AdjustmentType, (n: number) => string>> = {
  ChangeInCapacity: (n) => `${n > 0 ? 'adds' : 'sends home'} ${Math.abs(n)} player${Math.abs(n) === 1 ? '' : 's'}`,
  ExactCapacity: (n) => `seats exactly ${n}`,
  PercentChangeInCapacity: (n) => `${n > 0 ? 'adds' : 'sends home'} ${Math.abs(n)} % of the section`,
};
const FEEL: Readonly<Record<ScalingMetricName, string>> = { CPUUtilization: 'effort', MemoryUtilization: 'memory', RequestCountPerTarget: 'listeners per player' };
const WHOSE: Readonly<Record<MetricAggregationType, string>> = { Average: 'the section\'s average', Maximum: 'the busiest player\'s', Minimum: 'the idlest player\'s' };

const overBy = (step: StepAdjustmentSpec): string =>
  step.lowerBound === null ? `when less than ${step.upperBound ?? ''} over` : step.upperBound === null ? `when ${step.lowerBound} or more over` : `when ${step.lowerBound} to ${step.upperBound} over`;

/** The same in the orchestra lens: "web-steps: when the section's average effort is > 70 for 2 minutes, ...". */
function ruleText(policy: ScalingPolicySpec): string {
  if (policy.type === 'TargetTrackingScaling') return policyText(policy);
  const alarm = policy.alarm;
  const when = alarm === null
    ? 'no alarm calls it'
    : `when ${WHOSE[policy.metricAggregationType]} ${FEEL[alarm.metric]} is ${SIGNS[alarm.comparison]} ${alarm.threshold} for ${alarm.evaluationPeriods} minute${alarm.evaluationPeriods === 1 ? '' : 's'}`;
  const steps = policy.steps.map((s) => `${PLAYERS[policy.adjustmentType](s.scalingAdjustment)} ${overBy(s)}`).join(', ');
  return `${policy.name}: ${when}, the conductor ${steps}`;
}

const svc = (ctx: NarrationContext, id: string) => serviceName('aws', ctx, id);

const AWS: EditPhrasebook = {
  createCluster(command) {
    return { attempt: `create cluster ${command.cluster.name}`, done: `CreateCluster: cluster ${command.cluster.name} created` };
  },
  deleteCluster(command) {
    return { attempt: `delete cluster ${command.cluster}`, done: `DeleteCluster: cluster ${command.cluster} deleted` };
  },
  registerTaskDefinition(command) {
    const td = command.taskDefinition;
    return { attempt: `register ${td.family}:${td.revision}`, done: `RegisterTaskDefinition: ${td.family}:${td.revision} registered` };
  },
  deregisterTaskDefinition(command) {
    return { attempt: `deregister ${command.taskDefinition}`, done: `DeregisterTaskDefinition: ${command.taskDefinition} is INACTIVE` };
  },
  createService(command) {
    return {
      attempt: `create service ${command.service.name}`,
      done: `CreateService: service ${command.service.name} created with ${command.service.desiredCount} desired`,
    };
  },
  updateService(command, ctx) {
    const parts: string[] = [];
    if (command.desiredCount !== undefined) parts.push(`desired count ${command.desiredCount}`);
    if (command.taskDefinition !== undefined) parts.push(`task definition ${command.taskDefinition} (a rolling deployment starts)`);
    if (command.healthCheckGracePeriodSeconds !== undefined) parts.push(`grace period ${command.healthCheckGracePeriodSeconds} s`);
    if (command.deployment !== undefined) {
      parts.push(`deployment ${command.deployment.minimumHealthyPercent}% minimum healthy, ${command.deployment.maximumPercent}% maximum`);
    }
    if (command.placementStrategies !== undefined || command.placementConstraints !== undefined) parts.push('placement');
    if (command.forceNewDeployment === true) parts.push('a new deployment');
    return { attempt: `update ${svc(ctx, command.service)}`, done: `UpdateService: ${svc(ctx, command.service)}: ${parts.join(', ') || 'no change'}` };
  },
  deleteService(command, ctx) {
    return { attempt: `delete ${svc(ctx, command.service)}`, done: `DeleteService: ${svc(ctx, command.service)} scales to 0 and drains` };
  },
  createTargetGroup(command) {
    return { attempt: `create target group ${command.targetGroup.name}`, done: `CreateTargetGroup: ${command.targetGroup.name} created` };
  },
  modifyTargetGroup(command, ctx) {
    return { attempt: `modify target group ${group(ctx, command.targetGroup)}`, done: `ModifyTargetGroup: ${group(ctx, command.targetGroup)} changed` };
  },
  deleteTargetGroup(command, ctx) {
    return { attempt: `delete target group ${group(ctx, command.targetGroup)}`, done: `DeleteTargetGroup: ${group(ctx, command.targetGroup)} deleted` };
  },
  createListener(command) {
    return {
      attempt: `create a ${command.listener.protocol} listener on port ${command.listener.port}`,
      done: `CreateListener: ${command.listener.protocol}:${command.listener.port} listens`,
    };
  },
  modifyListener(command) {
    return { attempt: `modify listener ${command.listener}`, done: `ModifyListener: ${command.listener} changed` };
  },
  deleteListener(command) {
    return { attempt: `delete listener ${command.listener}`, done: `DeleteListener: ${command.listener} and its rules deleted` };
  },
  createRule(command) {
    return {
      attempt: `create rule ${command.rule.priority}`,
      done: `CreateRule: priority ${command.rule.priority}, ${conditionsText(command.rule.conditions)}`,
    };
  },
  modifyRule(command) {
    return {
      attempt: `modify rule ${command.rule}`,
      done: command.priority !== undefined && command.conditions === undefined && command.actions === undefined
        ? `SetRulePriorities: ${command.rule} now has priority ${command.priority}`
        : `ModifyRule: ${command.rule} changed`,
    };
  },
  deleteRule(command) {
    return { attempt: `delete rule ${command.rule}`, done: `DeleteRule: ${command.rule} deleted` };
  },
  registerScalableTarget(command, ctx) {
    return {
      attempt: `register ${svc(ctx, command.service)} as a scalable target`,
      done: `RegisterScalableTarget: ${svc(ctx, command.service)} scales between ${command.minCapacity} and ${command.maxCapacity} tasks`,
    };
  },
  deregisterScalableTarget(command, ctx) {
    return { attempt: `deregister the scalable target of ${svc(ctx, command.service)}`, done: `DeregisterScalableTarget: ${svc(ctx, command.service)} no longer scales; its policies are deleted` };
  },
  putScalingPolicy(command, ctx) {
    return { attempt: `put scaling policy ${command.policy.name} on ${svc(ctx, command.service)}`, done: `PutScalingPolicy: ${policyText(command.policy)} on ${svc(ctx, command.service)}` };
  },
  deleteScalingPolicy(command, ctx) {
    return { attempt: `delete scaling policy ${command.policyName}`, done: `DeleteScalingPolicy: ${command.policyName} deleted from ${svc(ctx, command.service)}` };
  },
};

const section = (ctx: NarrationContext, id: string) => serviceName('orchestra', ctx, id);

const ORCHESTRA: EditPhrasebook = {
  createCluster(command) {
    return { attempt: `build stage ${command.cluster.name}`, done: `A new stage, ${command.cluster.name}, is built (CreateCluster)` };
  },
  deleteCluster(command) {
    return { attempt: `take down stage ${command.cluster}`, done: `Stage ${command.cluster} is taken down (DeleteCluster)` };
  },
  registerTaskDefinition(command) {
    const td = command.taskDefinition;
    return { attempt: `print edition ${td.revision} of ${td.family}`, done: `Edition ${td.revision} of the ${td.family} sheet music is printed (RegisterTaskDefinition)` };
  },
  deregisterTaskDefinition(command) {
    return { attempt: `withdraw sheet music ${command.taskDefinition}`, done: `Sheet music ${command.taskDefinition} is withdrawn (DeregisterTaskDefinition)` };
  },
  createService(command) {
    return {
      attempt: `form section ${command.service.name}`,
      done: `A new section, ${command.service.name}, is formed with ${command.service.desiredCount} chairs (CreateService)`,
    };
  },
  updateService(command, ctx) {
    return {
      attempt: `change ${section(ctx, command.service)}`,
      // "the violins (users)": a section is named by its players, so the verb is plural.
      done: command.taskDefinition !== undefined || command.forceNewDeployment === true
        ? `${upperFirst(section(ctx, command.service))} get a new edition: players are swapped one by one (UpdateService)`
        : `${upperFirst(section(ctx, command.service))} are rearranged (UpdateService)`,
    };
  },
  deleteService(command, ctx) {
    return { attempt: `disband ${section(ctx, command.service)}`, done: `${upperFirst(section(ctx, command.service))} are disbanded: the players finish and leave (DeleteService)` };
  },
  createTargetGroup(command) {
    return { attempt: `start call sheet ${command.targetGroup.name}`, done: `A new call sheet, ${command.targetGroup.name}, is started (CreateTargetGroup)` };
  },
  modifyTargetGroup(command, ctx) {
    return { attempt: `change call sheet ${group(ctx, command.targetGroup)}`, done: `The stage manager changes call sheet ${group(ctx, command.targetGroup)} (ModifyTargetGroup)` };
  },
  deleteTargetGroup(command, ctx) {
    return { attempt: `tear up call sheet ${group(ctx, command.targetGroup)}`, done: `Call sheet ${group(ctx, command.targetGroup)} is torn up (DeleteTargetGroup)` };
  },
  createListener(command) {
    return { attempt: `open door ${command.listener.port}`, done: `Front of house opens door ${command.listener.port} (CreateListener)` };
  },
  modifyListener(command) {
    return { attempt: `change door ${command.listener}`, done: `Door ${command.listener} is changed (ModifyListener)` };
  },
  deleteListener(command) {
    return { attempt: `close door ${command.listener}`, done: `Door ${command.listener} is closed with its seating lines (DeleteListener)` };
  },
  createRule(command) {
    return {
      attempt: `add seating line ${command.rule.priority}`,
      done: `The ushers add line ${command.rule.priority} to the seating chart: ${conditionsText(command.rule.conditions)} (CreateRule)`,
    };
  },
  modifyRule(command) {
    return { attempt: `change seating line ${command.rule}`, done: `The ushers change seating line ${command.rule} (ModifyRule)` };
  },
  deleteRule(command) {
    return { attempt: `strike seating line ${command.rule}`, done: `The ushers strike seating line ${command.rule} (DeleteRule)` };
  },
  registerScalableTarget(command, ctx) {
    return {
      attempt: `let the conductor size ${section(ctx, command.service)}`,
      done: `The conductor may now size ${section(ctx, command.service)} between ${command.minCapacity} and ${command.maxCapacity} players (RegisterScalableTarget)`,
    };
  },
  deregisterScalableTarget(command, ctx) {
    return { attempt: `stop the conductor sizing ${section(ctx, command.service)}`, done: `The conductor no longer sizes ${section(ctx, command.service)} (DeregisterScalableTarget)` };
  },
  putScalingPolicy(command, ctx) {
    return { attempt: `give the conductor rule ${command.policy.name}`, done: `The conductor follows a new rule for ${section(ctx, command.service)}: ${ruleText(command.policy)} (PutScalingPolicy)` };
  },
  deleteScalingPolicy(command, ctx) {
    return { attempt: `take away rule ${command.policyName}`, done: `The conductor drops rule ${command.policyName} for ${section(ctx, command.service)} (DeleteScalingPolicy)` };
  },
};

const BOOKS: Readonly<Record<Lens, EditPhrasebook>> = { aws: AWS, orchestra: ORCHESTRA };

export function editPhrases(command: EditCommand, lens: Lens, ctx: NarrationContext): EditPhrases {
  // The book is keyed by the edit's own name, so the entry takes exactly this edit.
  const phrase = BOOKS[lens][command.do] as (command: EditCommand, ctx: NarrationContext) => EditPhrases;
  return phrase(command, ctx);
}
