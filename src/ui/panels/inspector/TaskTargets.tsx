import { useShallow } from 'zustand/react/shallow';
import type { TargetHealthEvent } from '../../../engine';
import { targetStateLabel } from '../../../lens/names';
import { inspectorWords } from '../../../lens/inspectorWords';
import type { Lens } from '../../../lens/vocabulary';
import { useSim, type LogEntry, type TaskTarget } from '../../../store';
import { StateBadge } from '../../StateBadge';
import { SelectButton } from '../SelectButton';
import { Timeline } from '../Timeline';
import { useNarrationContext } from '../useNarrationContext';

export interface TaskTargetsProps {
  readonly taskId: string;
  readonly details: readonly TaskTarget[];
  readonly lens: Lens;
}

function healthEventsOf(log: readonly LogEntry[], taskId: string): TargetHealthEvent[] {
  return log.flatMap((entry) => (entry.event.type === 'target.health' && entry.event.target === taskId ? [entry.event] : []));
}

function Step({ state, reason, lens }: { readonly state: string; readonly reason: string | null; readonly lens: Lens }) {
  return (
    <>
      <StateBadge state={state} label={targetStateLabel(lens, state)} />
      {reason ? <span className="muted mono"> {reason}</span> : null}
    </>
  );
}

/**
 * Each target group's view of the task: its state, AWS's reason, and how it got there. Once ECS has deregistered
 * a stopped task the groups forget it, so its history is then read from the log: the reason it went unhealthy is
 * exactly the evidence a learner looks for after the stop.
 */
export function TaskTargets({ taskId, details, lens }: TaskTargetsProps) {
  const fromLog = useSim(useShallow((state) => (details.length === 0 ? healthEventsOf(state.log, taskId) : [])));
  const ctx = useNarrationContext();
  const title = inspectorWords(lens).targetHealthTitle;
  if (details.length === 0) {
    if (fromLog.length === 0) return null;
    return (
      <>
        <h4>{title}</h4>
        <Timeline
          label={`${title} history`}
          entries={fromLog.map((event) => ({
            at: event.t,
            what: (
              <>
                <span className="muted">{ctx.targetGroups.get(event.targetGroup)?.name ?? event.targetGroup}</span>{' '}
                <Step state={event.to} reason={event.reason} lens={lens} />
                {event.to === 'unhealthy' && event.description ? <span className="sub">{event.description}</span> : null}
              </>
            ),
          }))}
        />
      </>
    );
  }
  return (
    <>
      <h4>{title}</h4>
      {details.map(({ group, target }) => (
        <section key={group.id} className="target-detail" aria-label={`${group.name} health history`}>
          <p>
            <SelectButton kind="targetGroup" id={group.id}>
              {group.name}
            </SelectButton>{' '}
            <span className="mono">
              {target.ip}:{target.port}
            </span>{' '}
            <StateBadge state={target.state} label={targetStateLabel(lens, target.state)} />
          </p>
          {target.reason ? (
            <p className="evidence">
              <span className="evidence-name">{target.reason}</span> {target.description}
            </p>
          ) : null}
          <Timeline
            label={`${group.name} health history`}
            entries={target.history.map((step) => ({ at: step.at, what: <Step state={step.state} reason={step.reason} lens={lens} /> }))}
          />
        </section>
      ))}
    </>
  );
}
