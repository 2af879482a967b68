/** DeleteScalingPolicy: the policy and the alarms target tracking made for it are gone. */
import { changed, refused } from '../edits/worldChanges';
import { noPolicyMessage, resourceIdIn, scaledServiceFor, targetOf, withTarget } from '../scaling/scalingWorld';
import type { EditDefinition } from './definition';

export interface DeleteScalingPolicyCommand {
  readonly do: 'deleteScalingPolicy';
  readonly service: string;
  readonly policyName: string;
}

export const deleteScalingPolicy: EditDefinition<DeleteScalingPolicyCommand> = {
  kind: 'edit',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: (world, command) => {
    const policy = targetOf(world, command.service)?.policies.find((p) => p.name === command.policyName);
    return policy ? [{ do: 'putScalingPolicy', service: command.service, policy }] : null;
  },
  subject: (command) => command.service,
  edit(world, command) {
    const found = scaledServiceFor(world, command.service);
    if ('ok' in found) return found;
    const { service, target } = found;
    if (!target.policies.some((p) => p.name === command.policyName)) {
      return refused('ObjectNotFoundException', noPolicyMessage(resourceIdIn(world, service), command.policyName));
    }
    return changed(world, withTarget(world, service.id, { ...target, policies: target.policies.filter((p) => p.name !== command.policyName) }));
  },
  reconcile() {
    // The next minute no longer finds the policy and drops its alarms.
  },
};
