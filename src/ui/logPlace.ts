import type { SimState } from '../store';

/** A place in a store's event log: its world (`generation`) and the last event seen there. */
export interface LogPlace {
  readonly generation: number;
  readonly seq: number;
}

/** Where the log stands now. */
export function logPlaceOf(state: SimState): LogPlace {
  return { generation: state.generation, seq: state.log[state.log.length - 1]?.seq ?? 0 };
}
