/**
 * RegisterScalableTarget (Application Auto Scaling) for a service's desired count: creates the scalable target, or
 * updates the capacities of the one registered (facts 60, 65). The minutes of Service Auto Scaling start with it.
 */
import { byId, changed, refused } from '../edits/worldChanges';
import { ensureScaling } from '../scaling/autoScaler';
import { MIN_OVER_MAX, serviceFor, targetOf, withTarget } from '../scaling/scalingWorld';
import type { EditDefinition } from './definition';

export interface RegisterScalableTargetCommand {
  readonly do: 'registerScalableTarget';
  readonly service: string;
  readonly minCapacity: number;
  readonly maxCapacity: number;
}

export const registerScalableTarget: EditDefinition<RegisterScalableTargetCommand> = {
  kind: 'edit',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: (world, command) => {
    const target = targetOf(world, command.service);
    if (!byId(world.services, command.service)) return null;
    return target
      ? [{ do: 'registerScalableTarget', service: command.service, minCapacity: target.minCapacity, maxCapacity: target.maxCapacity }]
      : [{ do: 'deregisterScalableTarget', service: command.service }];
  },
  subject: (command) => command.service,
  edit(world, command) {
    const service = serviceFor(world, command.service);
    if ('ok' in service) return service;
    if (command.minCapacity > command.maxCapacity) return refused('ValidationException', MIN_OVER_MAX);
    const existing = targetOf(world, command.service);
    return changed(world, withTarget(world, service.id, {
      id: existing?.id ?? `${service.id}ScalableTarget`,
      serviceId: service.id,
      minCapacity: command.minCapacity,
      maxCapacity: command.maxCapacity,
      policies: existing?.policies ?? [],
    }));
  },
  reconcile({ engine }) {
    ensureScaling(engine);
  },
};
