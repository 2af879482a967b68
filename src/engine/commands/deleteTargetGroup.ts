/** DeleteTargetGroup: refused while a listener, a rule or an ECS service still uses it (ResourceInUse). */
import { byId, changed, forwardsTo, refused } from '../edits/worldChanges';
import type { EditDefinition } from './definition';

export interface DeleteTargetGroupCommand {
  readonly do: 'deleteTargetGroup';
  readonly targetGroup: string;
}

export const deleteTargetGroup: EditDefinition<DeleteTargetGroupCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const tg = byId(world.targetGroups, command.targetGroup);
    return tg ? [{ do: 'createTargetGroup', targetGroup: tg }] : null;
  },
  subject: (command) => command.targetGroup,
  edit(world, command) {
    const tg = byId(world.targetGroups, command.targetGroup);
    if (!tg) return refused('TargetGroupNotFound', 'One or more target groups not found');
    const inUse = world.listeners.some((l) => forwardsTo(l.defaultActions, tg.id)) || world.rules.some((r) => forwardsTo(r.actions, tg.id));
    if (inUse) return refused('ResourceInUse', `Target group '${tg.arn}' is currently in use by a listener or a rule`);
    const service = world.services.find((s) => s.loadBalancers.some((b) => b.targetGroupId === tg.id));
    if (service) return refused('ResourceInUse', `Target group '${tg.arn}' is in use by ECS service ${service.name}; delete the service first.`);
    return changed(world, { targetGroups: world.targetGroups.filter((t) => t.id !== tg.id) });
  },
  reconcile({ engine }, command) {
    const i = engine.targetGroups.findIndex((t) => t.spec.id === command.targetGroup);
    if (i >= 0) engine.targetGroups.splice(i, 1);
    engine.targetGroupsById.delete(command.targetGroup);
  },
};
