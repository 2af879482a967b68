import type { TaskSnapshot } from '../../../engine';
import { useSim } from '../../../store';
import { CommandButtons } from './CommandButtons';
import { TASK_ACTION_LABELS, TASK_ACTIONS, taskActionState, taskCommand, type TaskAction } from './taskActions';

const EFFECT: Readonly<Record<TaskAction, string>> = {
  crash: 'its essential container exits',
  failHealthChecks: 'its health-check path answers 500',
  slow: 'every request takes 5 s longer',
  refuse: 'new requests get 502 at once; requests in flight finish',
  stop: 'StopTask, as a user would',
  recover: 'clears injected faults',
};

export interface TaskControlsProps {
  readonly task: TaskSnapshot;
  readonly heading: string;
}

/** Fault injection; names stay the same in both lenses. */
export function TaskControls({ task, heading }: TaskControlsProps) {
  const check = useSim((state) => state.check);
  if (task.lastStatus === 'STOPPED') {
    return <p className="muted">This task has stopped: there is nothing left to control. ECS keeps stopped tasks visible for a while.</p>;
  }
  // Asked afresh on each render; `task` (its snapshot) changes whenever the answer can.
  const state = taskActionState(check, task.id);
  return (
    <CommandButtons
      heading={heading}
      buttons={TASK_ACTIONS.map((action) => ({
        action,
        label: TASK_ACTION_LABELS[action],
        why: state[action],
        effect: EFFECT[action],
        command: taskCommand(action, task.id),
      }))}
    />
  );
}
