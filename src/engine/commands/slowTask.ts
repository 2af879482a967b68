/** `slowTask` (MC18): every answer, health checks included, takes `latencyMs` (5000) longer. */
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

const DEFAULT_SLOW_LATENCY_MS = 5000;

export interface SlowTaskCommand {
  readonly do: 'slowTask';
  readonly task: string;
  readonly latencyMs?: number;
}

export const slowTask: OperationDefinition<SlowTaskCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'Answers already slowed stay slow (time never rewinds); recoverTask brings the speed back from now on.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    const latencyMs = command.latencyMs ?? DEFAULT_SLOW_LATENCY_MS;
    if (!(latencyMs >= 0)) return refusal(null, 'the added latency must be a number of milliseconds, 0 or more');
    if (task.faults.extraLatencyMs > 0) return refusal(null, `task ${task.id} is already ${task.faults.extraLatencyMs} ms slower per request`);
    return () => {
      task.faults.extraLatencyMs = latencyMs;
      engine.version++;
    };
  },
};
