/**
 * A task as the Tables row, the inspectors and the lists of tasks (a service's, an instance's) all show it: its
 * name in the lens, its states, where it runs, and each target group's view of it.
 */
import type { TaskSnapshot } from '../../engine';
import { taskLabel } from '../../lens/names';
import { serviceOfTask, type NarrationContext } from '../../lens/narrationContext';
import type { Lens } from '../../lens/vocabulary';
import type { TaskTarget } from '../../store';
import { targetRow, type TargetRow } from './targetGroupView';

export interface TaskView {
  readonly id: string;
  /** "Task UsersService-2" / "Violin 2 (UsersService-2)". */
  readonly label: string;
  readonly lastStatus: TaskSnapshot['lastStatus'];
  readonly stoppedReason: string | null;
  readonly healthStatus: TaskSnapshot['healthStatus'];
  /** EC2: the container instance it was placed on; null on Fargate or before placement. */
  readonly instanceId: string | null;
  /** Bridge and host mode: each container port and the host port it got. */
  readonly portBindings: readonly (readonly [containerPort: string, hostPort: number])[];
  /** The host ports alone, "32768, 32769"; empty when there are none. */
  readonly hostPorts: string;
}

export function taskView(task: TaskSnapshot, lens: Lens, ctx: NarrationContext): TaskView {
  const portBindings = Object.entries(task.hostPorts);
  return {
    id: task.id,
    label: taskLabel(lens, task.id, serviceOfTask(ctx, task.id)),
    lastStatus: task.lastStatus,
    stoppedReason: task.stoppedReason,
    healthStatus: task.healthStatus,
    instanceId: task.instanceId,
    portBindings,
    hostPorts: portBindings.map(([, host]) => host).join(', '),
  };
}

export interface TaskTargetRow extends TargetRow {
  readonly groupId: string;
  readonly groupName: string;
}

/** The task as each target group it is registered in sees it. */
export function taskTargetRows(targets: readonly TaskTarget[], lens: Lens): readonly TaskTargetRow[] {
  return targets.map(({ group, target }) => ({ ...targetRow(target, lens), groupId: group.id, groupName: group.name }));
}
