/** Whether an event is of a type and matches a filter: each field (a dotted path for `command.do`) equal, or containing the text. */
import type { SimEvent, SimEventType } from '../../engine';
import type { EventFilter, FilterValue } from '../format/goal';
import { pathKeys, valueAt } from '../format/resourcePaths';

function matchesValue(actual: unknown, wanted: FilterValue): boolean {
  if (wanted !== null && typeof wanted === 'object') return typeof actual === 'string' && actual.includes(wanted.contains);
  return actual === wanted;
}

export function matchesEvent(event: SimEvent, type: SimEventType, where: EventFilter): boolean {
  if (event.type !== type) return false;
  for (const [field, wanted] of Object.entries(where)) {
    if (!matchesValue(valueAt(event, pathKeys(field)), wanted)) return false;
  }
  return true;
}
