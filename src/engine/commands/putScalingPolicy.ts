/** PutScalingPolicy: creates a policy on the service's scalable target, or replaces the one of the same name. */
import { changed, refused } from '../edits/worldChanges';
import { LIMITS, tooManyMessage } from '../limits';
import type { ScalingPolicySpec } from '../scalingSpec';
import { policyProblem, scaledServiceFor, targetOf, withTarget } from '../scaling/scalingWorld';
import type { EditDefinition } from './definition';

export interface PutScalingPolicyCommand {
  readonly do: 'putScalingPolicy';
  readonly service: string;
  readonly policy: ScalingPolicySpec;
}

export const putScalingPolicy: EditDefinition<PutScalingPolicyCommand> = {
  kind: 'edit',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: (world, command) => {
    const target = targetOf(world, command.service);
    if (!target) return null;
    const before = target.policies.find((p) => p.name === command.policy.name);
    return before
      ? [{ do: 'putScalingPolicy', service: command.service, policy: before }]
      : [{ do: 'deleteScalingPolicy', service: command.service, policyName: command.policy.name }];
  },
  subject: (command) => command.service,
  edit(world, command) {
    const found = scaledServiceFor(world, command.service);
    if ('ok' in found) return found;
    const { service, target } = found;
    const problem = policyProblem(service, command.policy);
    if (problem !== null) return refused('ValidationException', problem);
    const replaces = target.policies.some((p) => p.name === command.policy.name);
    if (!replaces && target.policies.length >= LIMITS.scalingPoliciesPerTarget.value) {
      return refused('LimitExceededException', tooManyMessage(target.policies.length + 1, 'scaling policies', LIMITS.scalingPoliciesPerTarget));
    }
    const policies = replaces ? target.policies.map((p) => (p.name === command.policy.name ? command.policy : p)) : [...target.policies, command.policy];
    return changed(world, withTarget(world, service.id, { ...target, policies }));
  },
  reconcile() {
    // The next minute reads the policy from the world; its alarms start INSUFFICIENT_DATA or from the datapoints kept.
  },
};
