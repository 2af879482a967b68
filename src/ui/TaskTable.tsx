import { useShallow } from 'zustand/react/shallow';
import { tasksOfService, useSim } from '../store';
import { TaskRow } from './TaskRow';

export interface TaskTableProps {
  readonly serviceId: string;
}

/**
 * Explicit table roles: on phones the CSS lays rows out as small grids, and browsers drop table semantics
 * from restyled table elements unless the roles are spelled out.
 */
export function TaskTable({ serviceId }: TaskTableProps) {
  const tasks = useSim(useShallow((state) => tasksOfService(state.snapshot, serviceId)));
  if (tasks.length === 0) return <p className="empty">No tasks yet.</p>;
  return (
    <div className="table-scroll">
      <table className="tasks stack-narrow" role="table">
        <caption>Tasks</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Task
            </th>
            <th scope="col" role="columnheader">
              Last status
            </th>
            <th scope="col" role="columnheader">
              Health
            </th>
            <th scope="col" role="columnheader">
              Targets
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
