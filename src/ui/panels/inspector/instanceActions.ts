/**
 * Which instance buttons apply, and why not when they do not. Mirrors the engine's checks
 * (src/engine/commands/applyCommand.ts) so a disabled button says what a rejected command would have said.
 */
import type { Command } from '../../../engine/commands';
import type { InstanceSnapshot } from '../../../engine/snapshot';
import type { CommandButton } from './CommandButtons';

export type InstanceAction = 'drain' | 'stop' | 'remove';

export const INSTANCE_ACTIONS: readonly InstanceAction[] = ['drain', 'stop', 'remove'];

export const INSTANCE_ACTION_LABELS: Readonly<Record<InstanceAction, string>> = {
  drain: 'Drain instance',
  stop: 'Stop instance',
  remove: 'Remove instance',
};

const EFFECT: Readonly<Record<InstanceAction, string>> = {
  drain: 'DRAINING: nothing new is placed on it; its tasks are replaced elsewhere, then stopped',
  stop: 'the EC2 instance stops: its capacity is gone and its tasks stop at once',
  remove: 'drains it, then deregisters it once its last task has stopped',
};

function commandFor(action: InstanceAction, instance: string): Command {
  switch (action) {
    case 'drain':
      return { do: 'drainInstance', instance };
    case 'stop':
      return { do: 'stopInstance', instance };
    case 'remove':
      return { do: 'removeInstance', instance };
  }
}

/** `removing`: a removeInstance for it was already given (the snapshot's `removing`). */
export function instanceActionState(instance: InstanceSnapshot, removing: boolean): Readonly<Record<InstanceAction, string | null>> {
  return {
    drain: instance.status === 'DRAINING' ? 'it is already DRAINING' : null,
    stop: null,
    remove: removing ? 'it is already being removed: it deregisters once its last task has stopped' : null,
  };
}

export function instanceButtons(instance: InstanceSnapshot, removing: boolean): CommandButton[] {
  const state = instanceActionState(instance, removing);
  return INSTANCE_ACTIONS.map((action) => ({
    action,
    label: INSTANCE_ACTION_LABELS[action],
    why: state[action],
    effect: EFFECT[action],
    command: commandFor(action, instance.id),
  }));
}
