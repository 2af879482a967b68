import type { Command, TaskSnapshot } from '../../../engine';
import { useSim } from '../../../store';
import { formatClock } from '../../format';
import { CommandButtons } from './CommandButtons';

/** Task scale-in protection (UpdateTaskProtection, fact 68): on for the default 120 minutes, or off. */
export function TaskProtection({ task }: { readonly task: TaskSnapshot }) {
  const check = useSim((state) => state.check);
  if (task.lastStatus === 'STOPPED') return null;
  const on = task.protectedUntil !== null;
  const command: Command = { do: 'updateTaskProtection', tasks: [task.id], protectionEnabled: !on };
  const answer = check(command);
  return (
    <CommandButtons
      heading={on ? `Protected from scale-in until ${formatClock(task.protectedUntil ?? 0)}` : 'Scale-in protection'}
      buttons={[{
        action: 'updateTaskProtection',
        label: on ? 'Remove scale-in protection' : 'Protect from scale-in',
        why: answer.allowed ? null : answer.reason,
        effect: on ? 'A scale-in may stop this task again.' : 'For 120 minutes no scale-in (Service Auto Scaling or a lower desired count) stops this task.',
        command,
      }]}
    />
  );
}
