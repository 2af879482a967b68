import { useShallow } from 'zustand/react/shallow';
import { findService, tasksOfService, useSim } from '../store';
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
  const ec2 = useSim((state) => findService(state.snapshot, serviceId)?.launchType === 'EC2');
  if (tasks.length === 0) return <p className="empty">No tasks yet.</p>;
  return (
    <div className="table-scroll">
      <table className={ec2 ? 'tasks tasks-ec2 stack-narrow' : 'tasks stack-narrow'} role="table">
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
            {ec2 ? (
              <th scope="col" role="columnheader">
                Instance
              </th>
            ) : null}
            <th scope="col" role="columnheader">
              <span className="visually-hidden">Inspect</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} ec2={ec2} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
