import type { Command, TaskSnapshot } from '../../../engine';
import { CommandButtons } from './CommandButtons';
import { TASK_ACTION_LABELS, TASK_ACTIONS, taskActionState, type TaskAction } from './taskActions';

function commandFor(action: TaskAction, task: string): Command {
  switch (action) {
    case 'crash':
      return { do: 'crashTask', task };
    case 'failHealthChecks':
      return { do: 'failHealthChecks', task };
    case 'slow':
      return { do: 'slowTask', task };
    case 'stop':
      return { do: 'stopTask', task };
    case 'recover':
      return { do: 'recoverTask', task };
  }
}

const EFFECT: Readonly<Record<TaskAction, string>> = {
  crash: 'its essential container exits',
  failHealthChecks: 'its health-check path answers 500',
  slow: 'every request takes 5 s longer',
  stop: 'StopTask, as a user would',
  recover: 'clears injected faults',
};

export interface TaskControlsProps {
  readonly task: TaskSnapshot;
  readonly heading: string;
}

/** Fault injection; names stay the same in both lenses. */
export function TaskControls({ task, heading }: TaskControlsProps) {
  if (task.lastStatus === 'STOPPED') {
    return <p className="muted">This task has stopped: there is nothing left to control. ECS keeps stopped tasks visible for a while.</p>;
  }
  const state = taskActionState(task);
  return (
    <CommandButtons
      heading={heading}
      buttons={TASK_ACTIONS.map((action) => ({
        action,
        label: TASK_ACTION_LABELS[action],
        why: state[action],
        effect: EFFECT[action],
        command: commandFor(action, task.id),
      }))}
    />
  );
}
