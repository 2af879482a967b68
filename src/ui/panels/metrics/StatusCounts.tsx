import { useShallow } from 'zustand/react/shallow';
import { useSim } from '../../../store';
import { formatCount } from '../../format';

function statusClass(code: string): string {
  return `status-${code.charAt(0)}xx`;
}

/** Every response so far by status code, and who answered the 5xx. */
export function StatusCounts() {
  const byStatus = useSim(useShallow((state) => state.counters.byStatus));
  const elb5xx = useSim((state) => state.counters.elb5xx);
  const target5xx = useSim((state) => state.counters.target5xx);
  const codes = Object.keys(byStatus).sort();
  return (
    <div className="status-counts">
      <h3>Responses by status code</h3>
      {codes.length === 0 ? (
        <p className="muted">No responses yet.</p>
      ) : (
        <dl className="status-list">
          {codes.map((code) => (
            <div key={code} data-status={code}>
              <dt className={`code ${statusClass(code)}`}>{code}</dt>
              <dd>{formatCount(byStatus[code] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="hint">
        5xx from targets (HTTPCode_Target_5XX_Count): <strong>{formatCount(target5xx)}</strong>; from the load balancer itself
        (HTTPCode_ELB_5XX_Count): <strong>{formatCount(elb5xx)}</strong>.
      </p>
    </div>
  );
}
