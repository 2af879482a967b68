/**
 * `stopInstance`: the EC2 instance stops. Its capacity is gone and its tasks stop at once ("Host EC2 (instance
 * i-...) stopped/terminated."); it leaves the configuration with them.
 */
import { hostStoppedReason, stopInstance as stop } from '../capacity/instances';
import type { EngineState } from '../core/engineState';
import type { TaskRec } from '../core/model';
import { withClusterInstances } from '../edits/worldChanges';
import { failInFlightRequests } from '../requests/requestRouting';
import { markCrashed, stopTask } from '../tasks/taskLifecycle';
import type { OperationDefinition } from './definition';
import { findInstance, isRefusal } from './lookups';

export interface StopInstanceCommand {
  readonly do: 'stopInstance';
  readonly instance: string;
}

/** A task whose instance went away: dead at once, drained like a crashed task (MC7). */
function killOnStoppedHost(engine: EngineState, task: TaskRec, reason: string): void {
  if (task.lastStatus === 'STOPPED') return;
  markCrashed(task);
  if (task.desiredStatus === 'STOPPED') return;
  for (const target of task.targets) failInFlightRequests(engine, target, 'the target closed the connection: its host stopped');
  stopTask(engine, task, null, reason);
}

export const stopInstance: OperationDefinition<StopInstanceCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'instance', path: 'instance', id: command.instance }],
  inverse: { none: 'A stopped instance takes its tasks with it; add instances for new capacity.' },
  prepare({ engine }, command) {
    const instance = findInstance(engine, command.instance);
    if (isRefusal(instance)) return instance;
    return () => {
      engine.world = withClusterInstances(engine.world, instance.cluster.spec.id, (list) => list.filter((i) => i.id !== instance.spec.id));
      stop(engine, instance, (task) => killOnStoppedHost(engine, task, hostStoppedReason(instance)));
    };
  },
};
