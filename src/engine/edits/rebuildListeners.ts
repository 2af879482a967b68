/**
 * A listener or rule edit, applied live: every listener is rebuilt from the world (keeping rule records by ID), and
 * target groups now in use start their health checks. A rule change applies from the next request.
 */
import { buildListenerRec, markGroupsInUse } from '../alb/listenerRecords';
import { Kind, type EngineState } from '../core/engineState';
import type { ListenerRec } from '../core/model';
import type { TrafficGenerator } from '../requests/traffic';
import type { ScenarioSpec } from '../spec';

export function rebuildListeners(engine: EngineState, traffic: TrafficGenerator, world: ScenarioSpec): void {
  const previous = new Map<string, ListenerRec>(engine.listeners.map((l) => [l.spec.id, l]));
  engine.listeners.length = 0;
  for (const l of world.listeners) {
    const rec = buildListenerRec(engine, l, world.rules.filter((r) => r.listenerId === l.id), previous.get(l.id) ?? null);
    if (rec) engine.listeners.push(rec);
  }
  for (const tg of markGroupsInUse(engine)) {
    for (const target of tg.targets) {
      if (target.state !== 'initial') continue;
      engine.at(engine.now + tg.spec.healthCheck.intervalSeconds * 1000, Kind.TargetCheck, engine.handleOfTarget(target), target.checkGen);
    }
  }
  traffic.refresh();
}
