/**
 * The engine's public entry: a pure, deterministic discrete-event model of ECS services behind an ALB.
 */
export { createSimulation, restoreSimulation } from './simulation';
export { explainRequest } from './requests/requestExplain';
export type { AdvanceBudget, Checkpoint, Simulation, SimulationOptions, SubscribeOptions } from './api';
export type * from './commands';
export type * from './events';
export type * from './snapshot';
export type * from './spec';
export type * from './scalingSpec';
export { ADJUSTMENT_TYPES, COMPARISON_OPERATORS, METRIC_AGGREGATION_TYPES, PREDEFINED_METRIC_TYPES, SCALING_METRIC_NAMES } from './scalingSpec';
export type * from './requests/requestTrace';
export { DEFAULT_APP, DEFAULT_RATE_PER_LISTENER } from './spec';
export { COMMAND_NAMES } from './commands';
export { circuitBreakerThreshold, launchThrottleDelayMs } from './services/deploymentHealth';
export { LIMITS, FARGATE_STOP_TIMEOUT, PORT_RANGE, limitText, seedMessage, isValidSeed, trafficRateMessage } from './limits';
export type { Limit, LimitName } from './limits';
export { isEditCommand } from './commands';
export { idTaken } from './edits/worldEdits';
export { DEFAULT_INSTANCE_TYPE, KNOWN_INSTANCE_TYPES } from './instanceTypes';
export { ACCOUNT_ID, REGION, clusterArn, loadBalancerArn, targetGroupArn, taskDefinitionArn } from './names';
export { nextRevision, revisionLogicalId } from './edits/revisions';
export { editsOf, inverseOf, noInverseReason } from './commands/inverse';
export { parseCidr } from './alb/cidr';
export { countWildcards } from './alb/wildcard';
export { commandDefinitions, definitionOf, isCommandName } from './commands';
export { editSubject, editWorld } from './edits/worldEdits';
export { instanceSize, registeredResources } from './instanceTypes';
export { AVAILABILITY_ZONES, addedInstanceId, instanceId, listenerArn, loadBalancerDnsName, serviceArn, stableHash64 } from './names';
export { appSettingsShape, toResponseRules } from './schema/appSettings';
export { trafficMixEntrySchema, trafficTimelineSchema } from './schema/traffic';
export { parseSuccessCodes } from './targets/healthCheckCodes';
export { strict } from './schema/strict';
export { trafficProblems } from './commands/setTraffic';
export type { TrafficProblem } from './commands/setTraffic';
export { policyProblem, stepsProblem, targetOf } from './scaling/scalingWorld';
export { rateAt } from './requests/trafficTimeline';
export type { ScalingActivityRow, ScalingMinuteRow } from './scaling/scalingState';
