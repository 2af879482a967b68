import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { serviceIds, useSim } from '../store';
import { ServiceCard } from './ServiceCard';

export function ServicesPanel() {
  const headingId = useId();
  const ids = useSim(useShallow((state) => serviceIds(state.snapshot)));
  return (
    <section className="panel panel-services" aria-labelledby={headingId}>
      <h2 id={headingId}>Services</h2>
      {ids.length === 0 ? <p className="empty">This scenario has no services.</p> : null}
      {ids.map((id) => (
        <ServiceCard key={id} serviceId={id} />
      ))}
    </section>
  );
}
