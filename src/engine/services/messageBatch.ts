/**
 * Messages that ECS writes once for everything of a kind that happened together (MC24): tasks started or stopped,
 * targets registered or deregistered, tasks that began draining. ECS's scheduler works in passes; the model
 * settles after every change, so one instant of the model plays the part of one pass. Gathered during an instant,
 * written when the clock moves on.
 */
import type { BatchKind, EngineState } from '../core/engineState';
import type { ServiceRec } from '../core/model';
import { serviceMessages } from './serviceMessages';

const KIND_ORDER: readonly BatchKind[] = ['started', 'stopped', 'registered', 'deregistered', 'draining'];

export function addToBatch(engine: EngineState, service: ServiceRec, kind: BatchKind, tgArn = '', taskId = ''): void {
  const key = `${service.index}|${kind}|${tgArn}`;
  let entry = engine.batches.get(key);
  if (!entry) {
    entry = { service, kind, tgArn, count: 0, ids: [] };
    engine.batches.set(key, entry);
  }
  entry.count++;
  if (taskId) entry.ids.push(taskId);
}

function messageFor(service: ServiceRec, kind: BatchKind, tgArn: string, count: number, ids: string[]): string {
  switch (kind) {
    case 'started':
      return serviceMessages.startedTasks(service.name, ids);
    case 'stopped':
      return serviceMessages.stoppedTasks(service.name, ids);
    case 'registered':
      return serviceMessages.registeredTargets(service.name, count, tgArn);
    case 'deregistered':
      return serviceMessages.deregisteredTargets(service.name, count, tgArn);
    case 'draining':
      return serviceMessages.beganDraining(service.name, count);
  }
}

export function flushBatches(engine: EngineState): void {
  if (engine.batches.size === 0) return;
  // ECS's order: what it started or stopped, then what that did to the targets.
  const entries = [...engine.batches.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  engine.batches.clear();
  for (const { service, kind, tgArn, count, ids } of entries) {
    engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message: messageFor(service, kind, tgArn, count, ids) });
  }
}
