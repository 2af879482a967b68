import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TaskSnapshot } from '../engine/snapshot';
import { targetsOfTask, useSim } from '../store';
import { StateBadge } from './StateBadge';

export const TaskRow = memo(function TaskRow({ task }: { readonly task: TaskSnapshot }) {
  const targets = useSim(useShallow((state) => targetsOfTask(state.snapshot, task.id)));
  return (
    <tr role="row" data-task-id={task.id} data-last-status={task.lastStatus}>
      <th scope="row" role="rowheader" className="mono">
        {task.id}
      </th>
      <td role="cell" data-label="Last status">
        <StateBadge state={task.lastStatus} />
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
    </tr>
  );
});
