/**
 * UpdateService: a new task definition (or forceNewDeployment) starts a rolling deployment; the rest applies at
 * once (a desired count from the scheduler's next pass, a grace period from the next task).
 */
import { desiredCountProblem } from '../limits';
import { byId, changed, has, refused, replaceById } from '../edits/worldChanges';
import { startDeployment } from '../services/deployments';
import type { DeploymentConfigurationSpec, PlacementConstraintSpec, PlacementStrategySpec } from '../spec';
import type { EditDefinition } from './definition';

export interface UpdateServiceCommand {
  readonly do: 'updateService';
  readonly service: string;
  readonly desiredCount?: number;
  /** ID of a registered task definition. */
  readonly taskDefinition?: string;
  readonly healthCheckGracePeriodSeconds?: number;
  readonly deployment?: DeploymentConfigurationSpec;
  readonly placementStrategies?: readonly PlacementStrategySpec[];
  readonly placementConstraints?: readonly PlacementConstraintSpec[];
  readonly forceNewDeployment?: boolean;
}

export const updateService: EditDefinition<UpdateServiceCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const s = byId(world.services, command.service);
    if (!s) return null;
    return [{
      do: 'updateService',
      service: s.id,
      ...(command.desiredCount !== undefined ? { desiredCount: s.desiredCount } : {}),
      ...(command.taskDefinition !== undefined ? { taskDefinition: s.taskDefinitionId } : {}),
      ...(command.healthCheckGracePeriodSeconds !== undefined ? { healthCheckGracePeriodSeconds: s.healthCheckGracePeriodSeconds } : {}),
      ...(command.deployment !== undefined ? { deployment: s.deployment } : {}),
      ...(command.placementStrategies !== undefined ? { placementStrategies: s.placementStrategies } : {}),
      ...(command.placementConstraints !== undefined ? { placementConstraints: s.placementConstraints } : {}),
    }];
  },
  subject: (command) => command.service,
  edit(world, command) {
    if (!has(world.services, command.service)) return refused('ServiceNotFoundException', 'Service not found.');
    if (command.taskDefinition !== undefined && !has(world.taskDefinitions, command.taskDefinition)) {
      return refused('ClientException', 'Unable to describe task definition.');
    }
    if (command.desiredCount !== undefined && (!Number.isInteger(command.desiredCount) || command.desiredCount < 0)) {
      return refused('InvalidParameterException', 'The desired count must be a whole number, 0 or more.');
    }
    const tooMany = command.desiredCount === undefined ? null : desiredCountProblem(command.desiredCount);
    if (tooMany !== null) return refused(null, tooMany);
    return changed(world, {
      services: replaceById(world.services, command.service, (s) => ({
        ...s,
        ...(command.desiredCount !== undefined ? { desiredCount: command.desiredCount } : {}),
        ...(command.taskDefinition !== undefined ? { taskDefinitionId: command.taskDefinition } : {}),
        ...(command.healthCheckGracePeriodSeconds !== undefined ? { healthCheckGracePeriodSeconds: command.healthCheckGracePeriodSeconds } : {}),
        ...(command.deployment !== undefined ? { deployment: command.deployment } : {}),
        ...(command.placementStrategies !== undefined ? { placementStrategies: command.placementStrategies } : {}),
        ...(command.placementConstraints !== undefined ? { placementConstraints: command.placementConstraints } : {}),
      })),
    });
  },
  reconcile({ engine }, command, world) {
    const service = engine.servicesById.get(command.service);
    const spec = byId(world.services, command.service);
    if (!service || !spec) return;
    service.spec = spec;
    if (command.desiredCount !== undefined) service.desiredCount = command.desiredCount;
    const primary = service.deployments[0]?.taskDef;
    const wanted = command.taskDefinition !== undefined ? engine.taskDefs.get(command.taskDefinition) : undefined;
    if (wanted && wanted !== primary) startDeployment(engine, service, wanted);
    else if (command.forceNewDeployment === true && primary) startDeployment(engine, service, wanted ?? primary);
    engine.markDirty(service);
  },
};
