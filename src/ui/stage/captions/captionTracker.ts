/**
 * Turns the store's event log into the stage's captions, outside React: it reads each new log entry once, in
 * batches of one simulated millisecond, keeps what ECS's arithmetic needs (which tasks are healthy, from
 * target-health and task events, starting from the snapshot of where the captions begin), and drops captions whose
 * time is up. An external store for useSyncExternalStore: it listens only while a stage is mounted. It begins where
 * the stage says (captionStart.ts), which may be before it was loaded: what the log gained since is read at once, so
 * a caption of that time that is still due shows (facts about the service's configuration are read from the world
 * as it is when read).
 */
import type { SimEvent, TargetState, WorldSnapshot } from '../../../engine';
import { createListenedSource } from '../listenedSource';
import { captionLines, type ServiceFacts } from '../../../lens/captions';
import { narrationContextFor, serviceOfTask, type NarrationContext } from '../../../lens/narrationContext';
import { LENSES, type Lens } from '../../../lens/vocabulary';
import type { LogEntry, SimState, SimStore } from '../../../store';
import { isLive, type CaptionEntry } from './captionBook';
import type { CaptionStart } from './captionStart';

export interface CaptionTracker {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => readonly CaptionEntry[];
}

const NONE: readonly CaptionEntry[] = [];
const STOPPING = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);

/** Which tasks ECS counts as healthy (MC6): every target healthy, not on its way out. */
class HealthBook {
  private readonly targets = new Map<string, Map<string, TargetState>>();
  private readonly leaving = new Set<string>();

  constructor(snapshot: WorldSnapshot) {
    for (const group of snapshot.targetGroups) for (const target of group.targets) this.setTarget(target.taskId, group.id, target.state);
    for (const task of snapshot.tasks) if (STOPPING.has(task.lastStatus) || task.desiredStatus === 'STOPPED') this.leaving.add(task.id);
  }

  private setTarget(task: string, group: string, state: TargetState): void {
    let groups = this.targets.get(task);
    if (!groups) {
      groups = new Map();
      this.targets.set(task, groups);
    }
    if (state === 'unused') groups.delete(group);
    else groups.set(group, state);
  }

  apply(event: SimEvent): void {
    if (event.type === 'target.health') this.setTarget(event.target, event.targetGroup, event.to);
    else if (event.type === 'task.status' && STOPPING.has(event.to)) this.leaving.add(event.task);
  }

  healthy(serviceId: string, ctx: NarrationContext): number {
    let count = 0;
    for (const [task, groups] of this.targets) {
      if (this.leaving.has(task) || groups.size === 0 || serviceOfTask(ctx, task)?.id !== serviceId) continue;
      if ([...groups.values()].every((state) => state === 'healthy')) count++;
    }
    return count;
  }
}

function batches(entries: readonly LogEntry[]): LogEntry[][] {
  const out: LogEntry[][] = [];
  for (const entry of entries) {
    const last = out.at(-1);
    if (last && last[0]?.event.t === entry.event.t) last.push(entry);
    else out.push([entry]);
  }
  return out;
}

/** Where captions begin when nobody says: after what the log holds now. */
const fromNow = (store: SimStore) => (): CaptionStart => {
  const state = store.getState();
  return { generation: state.generation, seq: state.log.at(-1)?.seq ?? 0, snapshot: state.snapshot };
};

export function createCaptionTracker(store: SimStore, start: () => CaptionStart = fromNow(store)): CaptionTracker {
  let entries: readonly CaptionEntry[] = NONE;

  const source = createListenedSource(() => {
    const state = store.getState();
    const from = start();
    const current = from.generation === state.generation;
    let health = new HealthBook(current ? from.snapshot : state.snapshot);
    let lastSeq = current ? from.seq : (state.log.at(-1)?.seq ?? 0);
    let generation = state.generation;

    const read = (next: SimState): boolean => {
      const fresh = next.log.filter((entry) => entry.seq > lastSeq);
      if (fresh.length === 0) return false;
      lastSeq = fresh.at(-1)?.seq ?? lastSeq;
      const ctx = narrationContextFor(next.world);
      const facts = (serviceId: string): ServiceFacts | null => {
        const service = next.world.services.find((candidate) => candidate.id === serviceId);
        if (!service) return null;
        return { healthy: health.healthy(serviceId, ctx), desired: service.desiredCount, minimumHealthyPercent: service.deployment.minimumHealthyPercent };
      };
      const added: CaptionEntry[] = [];
      for (const batch of batches(fresh)) {
        const events = batch.map((entry) => entry.event);
        for (const event of events) health.apply(event);
        const byLens = LENSES.map((lens) => captionLines(events, lens, ctx, facts));
        const first = batch[0];
        if (!first) continue;
        // Both lenses make the same lines in the same order; only the words differ.
        byLens[0]?.forEach((line, index) => {
          const text = Object.fromEntries(LENSES.map((lens, i) => [lens, byLens[i]?.[index]?.text ?? line.text])) as Record<Lens, string>;
          added.push({ seq: first.seq * 1000 + index, t: first.event.t, subject: line.subject, tone: line.tone, text });
        });
      }
      if (added.length === 0) return false;
      entries = [...entries.filter((entry) => isLive(entry, next.now)), ...added];
      return true;
    };

    // What happened since the captions' start and is still due shows now.
    if (read(state)) {
      entries = entries.filter((entry) => isLive(entry, state.now));
      emit();
    }

    const stop = store.subscribe((next) => {
      if (next.generation !== generation) {
        generation = next.generation;
        health = new HealthBook(next.snapshot);
        lastSeq = next.log.at(-1)?.seq ?? 0;
        if (entries.length > 0) {
          entries = NONE;
          emit();
        }
        return;
      }
      let changed = read(next);
      if (entries.some((entry) => !isLive(entry, next.now))) {
        entries = entries.filter((entry) => isLive(entry, next.now));
        changed = true;
      }
      if (changed) emit();
    });
    return () => {
      stop();
      entries = NONE;
    };
  });
  const { emit } = source;

  return { subscribe: source.subscribe, get: () => entries };
}
