/**
 * Keeps each task in the grid slot it started in for as long as it is on stage, so a task that leaves does not
 * shift the others left, and a new task takes the first free slot (often the one a stopped task left). A small
 * stateful helper beside the pure layout: it remembers the previous assignment, one per stage.
 */
import type { StageStructure } from './structure';

export type SlotKeeper = (structure: StageStructure, leaving: ReadonlySet<string>) => ReadonlyMap<string, number>;

/**
 * Slots for one service's tasks (in launch order): each keeps the slot it had, if no earlier task took it; the
 * rest take the lowest free ones.
 */
export function assignSlots(taskIds: readonly string[], kept: ReadonlyMap<string, number> | null): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of taskIds) {
    const slot = kept?.get(id);
    if (slot === undefined || taken.has(slot)) continue;
    slots.set(id, slot);
    taken.add(slot);
  }
  let free = 0;
  for (const id of taskIds) {
    if (slots.has(id)) continue;
    while (taken.has(free)) free++;
    slots.set(id, free);
    taken.add(free);
  }
  return slots;
}

export function createSlotKeeper(): SlotKeeper {
  let previous = new Map<string, number>();
  return (structure, leaving) => {
    const next = new Map<string, number>();
    for (const service of structure.services) {
      const shown = service.tasks.filter((task) => !task.stopped || leaving.has(task.id)).map((task) => task.id);
      for (const [id, slot] of assignSlots(shown, previous)) next.set(id, slot);
    }
    previous = next;
    return next;
  };
}
