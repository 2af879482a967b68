import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TaskSnapshot } from '../engine/snapshot';
import { replacementLabel } from '../lens/replacement';
import { targetsOfTask, useSim } from '../store';
import { revealInspector } from './panels/revealInspector';
import { StateBadge } from './StateBadge';

export interface TaskRowProps {
  readonly task: TaskSnapshot;
  /** The service runs on EC2: show where the task was placed. */
  readonly ec2: boolean;
}

function hostPorts(task: TaskSnapshot): string {
  return Object.values(task.hostPorts).join(', ');
}

export const TaskRow = memo(function TaskRow({ task, ec2 }: TaskRowProps) {
  const targets = useSim(useShallow((state) => targetsOfTask(state.snapshot, task.id)));
  const select = useSim((state) => state.select);
  const lens = useSim((state) => state.lens);
  return (
    <tr role="row" data-task-id={task.id} data-last-status={task.lastStatus}>
      <th scope="row" role="rowheader" className="mono">
        {task.id}
      </th>
      <td role="cell" data-label="Last status">
        <StateBadge state={task.lastStatus} />
        {task.replacement !== null ? (
          <span className="reason" data-replacement={task.replacement}>
            <StateBadge state="replacing" label={replacementLabel(lens, task.replacement)} />
          </span>
        ) : null}
        {task.stoppedReason ? <span className="reason">{task.stoppedReason}</span> : null}
      </td>
      <td role="cell" data-label="Health">
        <StateBadge state={task.healthStatus} />
      </td>
      <td role="cell" data-label="Targets">
        {targets.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="inline-list">
            {targets.map((target) => (
              <li key={target.targetGroupId} data-target-group={target.targetGroupId} data-target-state={target.state}>
                <span className="muted">{target.targetGroupName}:</span> <StateBadge state={target.state} />
              </li>
            ))}
          </ul>
        )}
      </td>
      {ec2 ? (
        <td role="cell" data-label="Instance" data-instance-id={task.instanceId ?? undefined}>
          {task.instanceId === null ? (
            <span className="muted">none</span>
          ) : (
            <>
              <span className="mono">{task.instanceId}</span>
              {hostPorts(task) ? <span className="sub">host port {hostPorts(task)}</span> : null}
            </>
          )}
        </td>
      ) : null}
      <td role="cell" className="task-inspect">
        <button
          type="button"
          className="button-small"
          aria-label={`Inspect ${task.id}`}
          onClick={(event) => {
            select({ kind: 'task', id: task.id });
            revealInspector(event.currentTarget);
          }}
        >
          Inspect
        </button>
      </td>
    </tr>
  );
});
