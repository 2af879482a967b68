import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { targetGroupIds, useSim } from '../store';
import { TargetGroupCard } from './TargetGroupCard';

export function TargetGroupsPanel() {
  const headingId = useId();
  const ids = useSim(useShallow((state) => targetGroupIds(state.snapshot)));
  return (
    <section className="panel panel-target-groups" aria-labelledby={headingId}>
      <h2 id={headingId}>Target groups</h2>
      {ids.length === 0 ? <p className="empty">This scenario has no target groups.</p> : null}
      {ids.map((id) => (
        <TargetGroupCard key={id} targetGroupId={id} />
      ))}
    </section>
  );
}
