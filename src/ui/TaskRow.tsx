import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TaskSnapshot } from '../engine';
import { replacementLabel } from '../lens/replacement';
import { TABLES_LENS } from '../lens/vocabulary';
import { targetsOfTask, useSim } from '../store';
import { useNarrationContext } from './panels/useNarrationContext';
import { StateBadge } from './StateBadge';
import { taskTargetRows, taskView } from './views/taskView';

export interface TaskRowProps {
  readonly task: TaskSnapshot;
  /** The service runs on EC2: show where the task was placed. */
  readonly ec2: boolean;
}

export const TaskRow = memo(function TaskRow({ task, ec2 }: TaskRowProps) {
  const targets = useSim(useShallow((state) => targetsOfTask(state.snapshot, task.id)));
  const select = useSim((state) => state.select);
  const view = taskView(task, TABLES_LENS, useNarrationContext());
  const rows = taskTargetRows(targets, TABLES_LENS);
  return (
    <tr role="row" data-task-id={view.id} data-last-status={view.lastStatus}>
      <th scope="row" role="rowheader" className="mono">
        {view.id}
      </th>
      <td role="cell" data-label="Last status">
        <StateBadge state={view.lastStatus} />
        {task.replacement !== null ? (
          <span className="reason" data-replacement={task.replacement}>
            <StateBadge state="replacing" label={replacementLabel(TABLES_LENS, task.replacement)} />
          </span>
        ) : null}
        {view.stoppedReason ? <span className="reason">{view.stoppedReason}</span> : null}
      </td>
      <td role="cell" data-label="Health">
        <StateBadge state={view.healthStatus} />
      </td>
      <td role="cell" data-label="Targets">
        {rows.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="inline-list">
            {rows.map((target) => (
              <li key={`${target.groupId}|${target.key}`} data-target-group={target.groupId} data-target-state={target.state}>
                <span className="muted">{target.groupName}:</span> <StateBadge state={target.state} />
              </li>
            ))}
          </ul>
        )}
      </td>
      {ec2 ? (
        <td role="cell" data-label="Instance" data-instance-id={view.instanceId ?? undefined}>
          {view.instanceId === null ? (
            <span className="muted">none</span>
          ) : (
            <>
              <span className="mono">{view.instanceId}</span>
              {view.hostPorts ? <span className="sub">host port {view.hostPorts}</span> : null}
            </>
          )}
        </td>
      ) : null}
      <td role="cell" className="task-inspect">
        <button
          type="button"
          className="button-small"
          aria-label={`Inspect ${view.id}`}
          onClick={() => select({ kind: 'task', id: view.id })}
        >
          Inspect
        </button>
      </td>
    </tr>
  );
});
