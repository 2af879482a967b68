import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { listenerIds, useSim } from '../store';
import { ListenerCard } from './ListenerCard';

export function ListenersPanel() {
  const headingId = useId();
  const ids = useSim(useShallow((state) => listenerIds(state.snapshot)));
  return (
    <section className="panel panel-listeners" aria-labelledby={headingId}>
      <h2 id={headingId}>Listeners</h2>
      {ids.length === 0 ? <p className="empty">This scenario has no load balancer listeners.</p> : null}
      {ids.map((id) => (
        <ListenerCard key={id} listenerId={id} />
      ))}
    </section>
  );
}
