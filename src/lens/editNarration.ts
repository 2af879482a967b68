/**
 * Edits in both lenses: the AWS lens names the API call a console click makes (CreateRule, ModifyTargetGroup), so
 * a learner sees what they would call; the orchestra lens says what changed on the stage.
 */
import type { EditCommand } from '../engine/commands';
import type { ConditionSpec } from '../engine/spec';
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

const group = (ctx: NarrationContext, id: string): string => ctx.targetGroups.get(id)?.name ?? id;

function aws(command: EditCommand, ctx: NarrationContext): EditPhrases {
  const svc = (id: string) => serviceName('aws', ctx, id);
  switch (command.do) {
    case 'createCluster':
      return { attempt: `create cluster ${command.cluster.name}`, done: `CreateCluster: cluster ${command.cluster.name} created` };
    case 'deleteCluster':
      return { attempt: `delete cluster ${command.cluster}`, done: `DeleteCluster: cluster ${command.cluster} deleted` };
    case 'registerTaskDefinition': {
      const td = command.taskDefinition;
      return { attempt: `register ${td.family}:${td.revision}`, done: `RegisterTaskDefinition: ${td.family}:${td.revision} registered` };
    }
    case 'deregisterTaskDefinition':
      return { attempt: `deregister ${command.taskDefinition}`, done: `DeregisterTaskDefinition: ${command.taskDefinition} is INACTIVE` };
    case 'createService':
      return {
        attempt: `create service ${command.service.name}`,
        done: `CreateService: service ${command.service.name} created with ${command.service.desiredCount} desired`,
      };
    case 'updateService': {
      const parts: string[] = [];
      if (command.desiredCount !== undefined) parts.push(`desired count ${command.desiredCount}`);
      if (command.taskDefinition !== undefined) parts.push(`task definition ${command.taskDefinition} (a rolling deployment starts)`);
      if (command.healthCheckGracePeriodSeconds !== undefined) parts.push(`grace period ${command.healthCheckGracePeriodSeconds} s`);
      if (command.deployment !== undefined) {
        parts.push(`deployment ${command.deployment.minimumHealthyPercent}% minimum healthy, ${command.deployment.maximumPercent}% maximum`);
      }
      if (command.placementStrategies !== undefined || command.placementConstraints !== undefined) parts.push('placement');
      if (command.forceNewDeployment === true) parts.push('a new deployment');
      return { attempt: `update ${svc(command.service)}`, done: `UpdateService: ${svc(command.service)}: ${parts.join(', ') || 'no change'}` };
    }
    case 'deleteService':
      return { attempt: `delete ${svc(command.service)}`, done: `DeleteService: ${svc(command.service)} scales to 0 and drains` };
    case 'createTargetGroup':
      return { attempt: `create target group ${command.targetGroup.name}`, done: `CreateTargetGroup: ${command.targetGroup.name} created` };
    case 'modifyTargetGroup':
      return { attempt: `modify target group ${group(ctx, command.targetGroup)}`, done: `ModifyTargetGroup: ${group(ctx, command.targetGroup)} changed` };
    case 'deleteTargetGroup':
      return { attempt: `delete target group ${group(ctx, command.targetGroup)}`, done: `DeleteTargetGroup: ${group(ctx, command.targetGroup)} deleted` };
    case 'createListener':
      return {
        attempt: `create a ${command.listener.protocol} listener on port ${command.listener.port}`,
        done: `CreateListener: ${command.listener.protocol}:${command.listener.port} listens`,
      };
    case 'modifyListener':
      return { attempt: `modify listener ${command.listener}`, done: `ModifyListener: ${command.listener} changed` };
    case 'deleteListener':
      return { attempt: `delete listener ${command.listener}`, done: `DeleteListener: ${command.listener} and its rules deleted` };
    case 'createRule':
      return {
        attempt: `create rule ${command.rule.priority}`,
        done: `CreateRule: priority ${command.rule.priority}, ${conditionsText(command.rule.conditions)}`,
      };
    case 'modifyRule':
      return {
        attempt: `modify rule ${command.rule}`,
        done: command.priority !== undefined && command.conditions === undefined && command.actions === undefined
          ? `SetRulePriorities: ${command.rule} now has priority ${command.priority}`
          : `ModifyRule: ${command.rule} changed`,
      };
    case 'deleteRule':
      return { attempt: `delete rule ${command.rule}`, done: `DeleteRule: ${command.rule} deleted` };
  }
}

function orchestra(command: EditCommand, ctx: NarrationContext): EditPhrases {
  const section = (id: string) => serviceName('orchestra', ctx, id);
  switch (command.do) {
    case 'createCluster':
      return { attempt: `build stage ${command.cluster.name}`, done: `A new stage, ${command.cluster.name}, is built (CreateCluster)` };
    case 'deleteCluster':
      return { attempt: `take down stage ${command.cluster}`, done: `Stage ${command.cluster} is taken down (DeleteCluster)` };
    case 'registerTaskDefinition': {
      const td = command.taskDefinition;
      return { attempt: `print edition ${td.revision} of ${td.family}`, done: `Edition ${td.revision} of the ${td.family} sheet music is printed (RegisterTaskDefinition)` };
    }
    case 'deregisterTaskDefinition':
      return { attempt: `withdraw sheet music ${command.taskDefinition}`, done: `Sheet music ${command.taskDefinition} is withdrawn (DeregisterTaskDefinition)` };
    case 'createService':
      return {
        attempt: `form section ${command.service.name}`,
        done: `A new section, ${command.service.name}, is formed with ${command.service.desiredCount} chairs (CreateService)`,
      };
    case 'updateService':
      return {
        attempt: `change ${section(command.service)}`,
        // "the violins (users)": a section is named by its players, so the verb is plural.
        done: command.taskDefinition !== undefined || command.forceNewDeployment === true
          ? `${upperFirst(section(command.service))} get a new edition: players are swapped one by one (UpdateService)`
          : `${upperFirst(section(command.service))} are rearranged (UpdateService)`,
      };
    case 'deleteService':
      return { attempt: `disband ${section(command.service)}`, done: `${upperFirst(section(command.service))} are disbanded: the players finish and leave (DeleteService)` };
    case 'createTargetGroup':
      return { attempt: `start call sheet ${command.targetGroup.name}`, done: `A new call sheet, ${command.targetGroup.name}, is started (CreateTargetGroup)` };
    case 'modifyTargetGroup':
      return { attempt: `change call sheet ${group(ctx, command.targetGroup)}`, done: `The stage manager changes call sheet ${group(ctx, command.targetGroup)} (ModifyTargetGroup)` };
    case 'deleteTargetGroup':
      return { attempt: `tear up call sheet ${group(ctx, command.targetGroup)}`, done: `Call sheet ${group(ctx, command.targetGroup)} is torn up (DeleteTargetGroup)` };
    case 'createListener':
      return { attempt: `open door ${command.listener.port}`, done: `Front of house opens door ${command.listener.port} (CreateListener)` };
    case 'modifyListener':
      return { attempt: `change door ${command.listener}`, done: `Door ${command.listener} is changed (ModifyListener)` };
    case 'deleteListener':
      return { attempt: `close door ${command.listener}`, done: `Door ${command.listener} is closed with its seating lines (DeleteListener)` };
    case 'createRule':
      return {
        attempt: `add seating line ${command.rule.priority}`,
        done: `The ushers add line ${command.rule.priority} to the seating chart: ${conditionsText(command.rule.conditions)} (CreateRule)`,
      };
    case 'modifyRule':
      return { attempt: `change seating line ${command.rule}`, done: `The ushers change seating line ${command.rule} (ModifyRule)` };
    case 'deleteRule':
      return { attempt: `strike seating line ${command.rule}`, done: `The ushers strike seating line ${command.rule} (DeleteRule)` };
  }
}

export function editPhrases(command: EditCommand, lens: Lens, ctx: NarrationContext): EditPhrases {
  return lens === 'aws' ? aws(command, ctx) : orchestra(command, ctx);
}
