/**
 * The engine's public entry: a pure, deterministic discrete-event model of ECS services behind an ALB.
 */
export { createSimulation } from './simulation';
export type { Simulation, SimulationOptions, SubscribeOptions } from './api';
export type * from './commands';
export type * from './events';
export type * from './snapshot';
export type * from './spec';
export type * from './requests/requestTrace';
export { DEFAULT_APP } from './spec';
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
