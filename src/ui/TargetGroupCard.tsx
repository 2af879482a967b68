import { useId } from 'react';
import { TABLES_LENS } from '../lens/vocabulary';
import { useSim } from '../store';
import { formatClock, formatCount } from './format';
import { StateBadge } from './StateBadge';
import { targetGroupView } from './views/targetGroupView';

export function TargetGroupCard({ targetGroupId }: { readonly targetGroupId: string }) {
  const group = useSim((state) => state.snapshot.targetGroups.find((candidate) => candidate.id === targetGroupId));
  const requests = useSim((state) => state.counters.byTargetGroup[targetGroupId] ?? 0);
  const headingId = useId();
  if (!group) return null;
  const view = targetGroupView(group, TABLES_LENS);
  return (
    <article className="card" aria-labelledby={headingId} data-target-group-id={view.id}>
      <div className="card-head">
        <h3 id={headingId}>{view.name}</h3>
      </div>
      <dl className="figures">
        <div>
          <dt>Healthy</dt>
          <dd data-testid="healthy-count">{view.healthy}</dd>
        </div>
        <div>
          <dt>Unhealthy</dt>
          <dd>{view.unhealthy}</dd>
        </div>
        <div>
          <dt>Requests</dt>
          <dd>{formatCount(requests)}</dd>
        </div>
      </dl>
      {view.targets.length === 0 ? (
        <p className="empty">No registered targets.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`Targets of ${view.name}`}>
          <table>
            <caption>Targets</caption>
            <thead>
              <tr>
                <th scope="col">Target</th>
                <th scope="col">State</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {view.targets.map((target) => (
                <tr key={target.key} data-target-task={target.taskId} data-target-state={target.state}>
                  <th scope="row">
                    <span className="mono">{target.taskId}</span>
                    <span className="sub mono">{target.address}</span>
                  </th>
                  <td>
                    <StateBadge state={target.state} label={target.stateLabel} />
                    {target.drainingEndsAt !== null ? <span className="sub">until {formatClock(target.drainingEndsAt)}</span> : null}
                  </td>
                  <td className="reason-cell">
                    {target.reason ? <span className="mono">{target.reason}</span> : <span className="muted">—</span>}
                    {target.description ? <span className="sub">{target.description}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
