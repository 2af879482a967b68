/**
 * Which instance buttons apply, and why not when they do not: the engine's own answer (Simulation.check), so a
 * disabled button says what a rejected command would have said, and no rule lives here.
 */
import type { Command, CommandCheck } from '../../../engine';
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

export function instanceButtons(check: (command: Command) => CommandCheck, instanceId: string): CommandButton[] {
  return INSTANCE_ACTIONS.map((action) => {
    const command = commandFor(action, instanceId);
    const answer = check(command);
    return { action, label: INSTANCE_ACTION_LABELS[action], why: answer.allowed ? null : answer.reason, effect: EFFECT[action], command };
  });
}
