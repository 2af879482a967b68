/**
 * Every command's schema, keyed by name (each in \`<command>.schema.ts\`, beside its command): what the parsers of
 * outside input read a command with, whether a scenario script, an embed's message or a lesson. Apart from the
 * registry (index.ts), so loading the engine builds no schema and needs no zod: only a parser imports this, and with
 * it zod. A command missing here, or a schema whose output is not its command, does not compile.
 */
import type { CommandSchema } from './definition';
import type { CommandName, WrittenCommandNamed } from './index';
import { addInstancesSchema } from './addInstances.schema';
import { crashTaskSchema } from './crashTask.schema';
import { createClusterSchema } from './createCluster.schema';
import { createListenerSchema } from './createListener.schema';
import { createRuleSchema } from './createRule.schema';
import { createServiceSchema } from './createService.schema';
import { createTargetGroupSchema } from './createTargetGroup.schema';
import { deleteClusterSchema } from './deleteCluster.schema';
import { deleteListenerSchema } from './deleteListener.schema';
import { deleteRuleSchema } from './deleteRule.schema';
import { deleteScalingPolicySchema } from './deleteScalingPolicy.schema';
import { deleteServiceSchema } from './deleteService.schema';
import { deleteTargetGroupSchema } from './deleteTargetGroup.schema';
import { deploySchema } from './deploy.schema';
import { deregisterScalableTargetSchema } from './deregisterScalableTarget.schema';
import { deregisterTaskDefinitionSchema } from './deregisterTaskDefinition.schema';
import { drainInstanceSchema } from './drainInstance.schema';
import { failHealthChecksSchema } from './failHealthChecks.schema';
import { forceNewDeploymentSchema } from './forceNewDeployment.schema';
import { modifyListenerSchema } from './modifyListener.schema';
import { modifyRuleSchema } from './modifyRule.schema';
import { modifyTargetGroupSchema } from './modifyTargetGroup.schema';
import { putScalingPolicySchema } from './putScalingPolicy.schema';
import { recoverTaskSchema } from './recoverTask.schema';
import { refuseConnectionsSchema } from './refuseConnections.schema';
import { registerScalableTargetSchema } from './registerScalableTarget.schema';
import { registerTaskDefinitionSchema } from './registerTaskDefinition.schema';
import { removeInstanceSchema } from './removeInstance.schema';
import { requestSchema } from './request.schema';
import { setDesiredCountSchema } from './setDesiredCount.schema';
import { setTrafficSchema } from './setTraffic.schema';
import { slowTaskSchema } from './slowTask.schema';
import { spikeTrafficSchema } from './spikeTraffic.schema';
import { stopInstanceSchema } from './stopInstance.schema';
import { stopTaskSchema } from './stopTask.schema';
import { updateServiceSchema } from './updateService.schema';
import { updateTaskProtectionSchema } from './updateTaskProtection.schema';

/** Keyed by name, each entry the schema of the command of that name, reading it as scripts write it. */
export type CommandSchemas = { readonly [K in CommandName]: CommandSchema<WrittenCommandNamed<K>> };

/** In the registry's order. */
export const commandSchemas: CommandSchemas = {
  request: requestSchema,
  crashTask: crashTaskSchema,
  failHealthChecks: failHealthChecksSchema,
  recoverTask: recoverTaskSchema,
  stopTask: stopTaskSchema,
  slowTask: slowTaskSchema,
  refuseConnections: refuseConnectionsSchema,
  setDesiredCount: setDesiredCountSchema,
  setTraffic: setTrafficSchema,
  deploy: deploySchema,
  forceNewDeployment: forceNewDeploymentSchema,
  drainInstance: drainInstanceSchema,
  stopInstance: stopInstanceSchema,
  removeInstance: removeInstanceSchema,
  addInstances: addInstancesSchema,
  spikeTraffic: spikeTrafficSchema,
  updateTaskProtection: updateTaskProtectionSchema,
  // Edits, one per AWS API call a console click makes, carrying whole resources in the spec's own shape.
  createCluster: createClusterSchema,
  deleteCluster: deleteClusterSchema,
  registerTaskDefinition: registerTaskDefinitionSchema,
  deregisterTaskDefinition: deregisterTaskDefinitionSchema,
  createService: createServiceSchema,
  updateService: updateServiceSchema,
  deleteService: deleteServiceSchema,
  createTargetGroup: createTargetGroupSchema,
  modifyTargetGroup: modifyTargetGroupSchema,
  deleteTargetGroup: deleteTargetGroupSchema,
  createListener: createListenerSchema,
  modifyListener: modifyListenerSchema,
  deleteListener: deleteListenerSchema,
  createRule: createRuleSchema,
  modifyRule: modifyRuleSchema,
  deleteRule: deleteRuleSchema,
  // Application Auto Scaling's calls for a service's desired count.
  registerScalableTarget: registerScalableTargetSchema,
  deregisterScalableTarget: deregisterScalableTargetSchema,
  putScalingPolicy: putScalingPolicySchema,
  deleteScalingPolicy: deleteScalingPolicySchema,
};
