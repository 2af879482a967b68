/**
 * ModifyTargetGroup and ModifyTargetGroupAttributes: a health-check change applies from the next check, a new
 * deregistration delay from the next deregistration.
 */
import { byId, changed, has, refused, replaceById } from '../edits/worldChanges';
import type { Algorithm, TargetGroupHealthCheckSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface ModifyTargetGroupCommand {
  readonly do: 'modifyTargetGroup';
  readonly targetGroup: string;
  readonly healthCheck?: TargetGroupHealthCheckSpec;
  readonly deregistrationDelaySeconds?: number;
  readonly algorithm?: Algorithm;
}

export const modifyTargetGroup: EditDefinition<ModifyTargetGroupCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const tg = byId(world.targetGroups, command.targetGroup);
    if (!tg) return null;
    return [{
      do: 'modifyTargetGroup',
      targetGroup: tg.id,
      ...(command.healthCheck !== undefined ? { healthCheck: tg.healthCheck } : {}),
      ...(command.deregistrationDelaySeconds !== undefined ? { deregistrationDelaySeconds: tg.deregistrationDelaySeconds } : {}),
      ...(command.algorithm !== undefined ? { algorithm: tg.algorithm } : {}),
    }];
  },
  subject: (command) => command.targetGroup,
  edit(world, command) {
    if (!has(world.targetGroups, command.targetGroup)) return refused('TargetGroupNotFound', 'One or more target groups not found');
    return changed(world, {
      targetGroups: replaceById(world.targetGroups, command.targetGroup, (tg) => ({
        ...tg,
        ...(command.healthCheck !== undefined ? { healthCheck: command.healthCheck } : {}),
        ...(command.deregistrationDelaySeconds !== undefined ? { deregistrationDelaySeconds: command.deregistrationDelaySeconds } : {}),
        ...(command.algorithm !== undefined ? { algorithm: command.algorithm } : {}),
      })),
    });
  },
  reconcile({ engine }, command, world) {
    const tg = engine.targetGroupsById.get(command.targetGroup);
    const spec = byId(world.targetGroups, command.targetGroup);
    if (tg && spec) tg.spec = spec;
  },
};
