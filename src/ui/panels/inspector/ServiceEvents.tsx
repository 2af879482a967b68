import { useShallow } from 'zustand/react/shallow';
import { inspectorWords } from '../../../lens/inspectorWords';
import type { Lens } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { Timeline } from '../Timeline';
import { latestServiceEvents } from './selectors';

const SHOWN = 5;

/** The service's own messages, newest first, as ECS wrote them: the evidence to read first. */
export function ServiceEvents({ serviceId, lens }: { readonly serviceId: string; readonly lens: Lens }) {
  const events = useSim(useShallow((state) => latestServiceEvents(state.log, serviceId, SHOWN)));
  const title = inspectorWords(lens).serviceEventsTitle;
  return (
    <>
      <h4>{title}</h4>
      {events.length === 0 ? (
        <p className="muted">No events yet.</p>
      ) : (
        <Timeline label={`${title}, newest first`} entries={events.map((event) => ({ at: event.t, what: <span className="mono">{event.message}</span> }))} />
      )}
    </>
  );
}
