import { useId } from 'react';
import { useSim } from '../store';
import { formatCount } from './format';

function statusClass(code: string): string {
  return `status-${code.charAt(0)}xx`;
}

export function RequestsPanel() {
  const headingId = useId();
  const counters = useSim((state) => state.counters);
  const codes = Object.keys(counters.byStatus).sort();
  return (
    <section className="panel panel-requests" aria-labelledby={headingId}>
      <h2 id={headingId}>Requests</h2>
      <div className="card">
      <dl className="figures">
        <div>
          <dt>Total</dt>
          <dd data-testid="requests-total">{formatCount(counters.total)}</dd>
        </div>
        <div>
          <dt>In flight</dt>
          <dd>{formatCount(counters.inFlight)}</dd>
        </div>
        <div>
          <dt>ELB 5xx</dt>
          <dd>{formatCount(counters.elb5xx)}</dd>
        </div>
        <div>
          <dt>Target 5xx</dt>
          <dd>{formatCount(counters.target5xx)}</dd>
        </div>
      </dl>
      {codes.length === 0 ? (
        <p className="empty">No requests answered yet.</p>
      ) : (
        <table className="by-status">
          <caption>By status code</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Requests
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code} data-status={code}>
                <th scope="row">
                  <span className={`code ${statusClass(code)}`}>{code}</span>
                </th>
                <td className="num">{formatCount(counters.byStatus[code] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      </div>
    </section>
  );
}
