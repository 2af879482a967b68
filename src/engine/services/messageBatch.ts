/**
 * Messages that ECS writes once for everything of a kind that happened together: targets registered or
 * deregistered in one instant, tasks that began draining in one instant (MC24). They are gathered during an
 * instant and written when the clock moves on.
 */
import type { BatchKind, Engine } from '../core/engine';
import type { ServiceRec } from '../core/model';
import { serviceMessages } from './serviceMessages';

export function addToBatch(engine: Engine, service: ServiceRec, kind: BatchKind, tgArn = ''): void {
  const key = `${service.index}|${kind}|${tgArn}`;
  const entry = engine.batches.get(key);
  if (entry) entry.count++;
  else engine.batches.set(key, { service, kind, tgArn, count: 1 });
}

export function flushBatches(engine: Engine): void {
  if (engine.batches.size === 0) return;
  const entries = [...engine.batches.values()];
  engine.batches.clear();
  for (const { service, kind, tgArn, count } of entries) {
    const message =
      kind === 'registered'
        ? serviceMessages.registeredTargets(service.name, count, tgArn)
        : kind === 'deregistered'
          ? serviceMessages.deregisteredTargets(service.name, count, tgArn)
          : serviceMessages.beganDraining(service.name, count);
    engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message });
  }
}
