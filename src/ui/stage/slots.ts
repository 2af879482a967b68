/**
 * Keeps each task in the grid slot it started in for as long as it is on stage, so a task that leaves does not
 * shift the others left, and a new task takes the first free slot (often the one a stopped task left). A small
 * stateful helper beside the pure layout: it remembers the previous assignment, one per stage.
 */
import type { StageStructure } from './structure';

export type SlotKeeper = (structure: StageStructure, leaving: ReadonlySet<string>) => ReadonlyMap<string, number>;

export function createSlotKeeper(): SlotKeeper {
  let previous = new Map<string, number>();
  return (structure, leaving) => {
    const next = new Map<string, number>();
    for (const service of structure.services) {
      const shown = service.tasks.filter((task) => !task.stopped || leaving.has(task.id));
      const taken = new Set<number>();
      for (const task of shown) {
        const slot = previous.get(task.id);
        if (slot === undefined || taken.has(slot)) continue;
        next.set(task.id, slot);
        taken.add(slot);
      }
      let free = 0;
      for (const task of shown) {
        if (next.has(task.id)) continue;
        while (taken.has(free)) free++;
        next.set(task.id, free);
        taken.add(free);
      }
    }
    previous = next;
    return next;
  };
}
