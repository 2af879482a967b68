/**
 * How an embed reaches a moment, for its start time (`t=`, on its first frame) and the host's `seek` message (the
 * controller, which comes after it): its own module, so the start does not wait for the controller.
 */
import type { SimStore } from '../../store';

/** Brings the world to `atMs`: forward by running there; back by replaying from the start the commands given up to then. */
export async function seekTo(store: SimStore, atMs: number): Promise<void> {
  const state = store.getState();
  if (state.seeking) state.cancelSeek();
  const what = 'the moment asked for';
  if (atMs >= state.now) {
    await state.seek({ commands: [], atMs, what });
    return;
  }
  const commands = state.sim.commandLog().filter((entry) => entry.atMs <= atMs);
  state.reset();
  await store.getState().seek({ commands, atMs, what });
}
