/** The live records a command names, or why it cannot act on them (MC18: a stopped task changes nothing). */
import type { EngineState } from '../core/engineState';
import type { InstanceRec, TaskRec } from '../core/model';
import { refusal, type Refusal } from './refusal';

export const isRefusal = <T>(found: T | Refusal): found is Refusal =>
  typeof found === 'object' && found !== null && 'allowed' in found && found.allowed === false;

export function findTask(engine: EngineState, id: string): TaskRec | Refusal {
  const task = engine.tasksById.get(id);
  if (!task) return refusal(null, `no task named ${id}`);
  if (task.lastStatus === 'STOPPED') return refusal(null, `task ${id} has stopped`);
  return task;
}

/** A task ECS is not already stopping: the only kind a fault can still change. */
export function findServingTask(engine: EngineState, id: string): TaskRec | Refusal {
  const task = findTask(engine, id);
  if (isRefusal(task)) return task;
  if (task.crashed || task.desiredStatus === 'STOPPED') return refusal(null, `task ${id} is already stopping`);
  return task;
}

export function findInstance(engine: EngineState, id: string): InstanceRec | Refusal {
  const instance = engine.instancesById.get(id);
  if (!instance) return refusal(null, `no container instance named ${id}`);
  if (instance.status === 'INACTIVE') return refusal(null, `container instance ${id} is no longer registered`);
  return instance;
}
