/** DeregisterScalableTarget: the service keeps its desired count; its scaling policies and their alarms go with it. */
import { changed } from '../edits/worldChanges';
import { scaledServiceFor, targetOf, withTarget } from '../scaling/scalingWorld';
import type { Command } from './index';
import type { EditDefinition } from './definition';

export interface DeregisterScalableTargetCommand {
  readonly do: 'deregisterScalableTarget';
  readonly service: string;
}

export const deregisterScalableTarget: EditDefinition<DeregisterScalableTargetCommand> = {
  kind: 'edit',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: (world, command) => {
    const target = targetOf(world, command.service);
    if (!target) return null;
    const commands: Command[] = [{ do: 'registerScalableTarget', service: command.service, minCapacity: target.minCapacity, maxCapacity: target.maxCapacity }];
    for (const policy of target.policies) commands.push({ do: 'putScalingPolicy', service: command.service, policy });
    return commands;
  },
  subject: (command) => command.service,
  edit(world, command) {
    const found = scaledServiceFor(world, command.service);
    if ('ok' in found) return found;
    return changed(world, withTarget(world, found.service.id, null));
  },
  reconcile() {
    // The minutes read the world's targets; a service without one is no longer looked at.
  },
};
