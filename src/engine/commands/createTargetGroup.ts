/** CreateTargetGroup: its health checks start once a listener or rule forwards to it. */
import { changed, duplicateId, idTaken, refused } from '../edits/worldChanges';
import { addTargetGroup } from '../services/serviceRecords';
import type { TargetGroupSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface CreateTargetGroupCommand {
  readonly do: 'createTargetGroup';
  readonly targetGroup: TargetGroupSpec;
}

export const createTargetGroup: EditDefinition<CreateTargetGroupCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deleteTargetGroup', targetGroup: command.targetGroup.id }],
  subject: (command) => command.targetGroup.id,
  edit(world, { targetGroup: tg }) {
    if (idTaken(world, tg.id)) return duplicateId(tg.id);
    if (world.targetGroups.some((x) => x.name === tg.name)) {
      return refused('DuplicateTargetGroupName', `A target group with the same name '${tg.name}' exists, but with different settings`);
    }
    return changed(world, { targetGroups: [...world.targetGroups, tg] });
  },
  reconcile: ({ engine }, command) => void addTargetGroup(engine, command.targetGroup),
};
