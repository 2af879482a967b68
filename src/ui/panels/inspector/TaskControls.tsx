import { useEffect, useId, useRef } from 'react';
import type { Command } from '../../../engine/commands';
import type { TaskSnapshot } from '../../../engine/snapshot';
import { useSim } from '../../../store';
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

/**
 * Fault injection through commands only, so every press is logged and replays. Names stay the same in both lenses;
 * a disabled button says why beside it.
 */
export function TaskControls({ task, heading }: TaskControlsProps) {
  const dispatch = useSim((state) => state.dispatch);
  const base = useId();
  const group = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  // A press can disable the pressed button (a crashed task takes no more faults); keep keyboard focus in the group.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) group.current?.focus();
  });

  if (task.lastStatus === 'STOPPED') {
    return <p className="muted">This task has stopped: there is nothing left to control. ECS keeps stopped tasks visible for a while.</p>;
  }
  const state = taskActionState(task);
  return (
    <div className="controls" role="group" aria-label={heading} ref={group} tabIndex={-1}>
      <p className="controls-title">{heading}</p>
      <div className="control-buttons">
        {TASK_ACTIONS.map((action) => {
          const why = state[action];
          return (
            <button
              key={action}
              type="button"
              disabled={why !== null}
              aria-describedby={`${base}-${action}`}
              data-action={action}
              onClick={() => {
                refocus.current = true;
                dispatch(commandFor(action, task.id));
              }}
            >
              {TASK_ACTION_LABELS[action]}
            </button>
          );
        })}
      </div>
      <ul className="control-notes">
        {TASK_ACTIONS.map((action) => {
          const why = state[action];
          return (
            <li key={action} id={`${base}-${action}`} data-disabled={why !== null}>
              <span className="control-note-name">{TASK_ACTION_LABELS[action]}:</span> {why === null ? EFFECT[action] : `not now, ${why}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
