import { useId } from 'react';
import { TABLES_LENS } from '../lens/vocabulary';
import { useSim } from '../store';
import { useNarrationContext } from './panels/useNarrationContext';
import { RuleRequests } from './RuleRequests';
import { listenerView } from './views/listenerView';

export function ListenerCard({ listenerId }: { readonly listenerId: string }) {
  const listener = useSim((state) => state.snapshot.listeners.find((candidate) => candidate.id === listenerId));
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const headingId = useId();
  if (!listener) return null;
  const view = listenerView(spec, listener, TABLES_LENS, ctx);
  return (
    <article className="card" aria-labelledby={headingId} data-listener-id={view.id}>
      <div className="card-head">
        <h3 id={headingId}>{view.heading}</h3>
      </div>
      {/* Focusable, so a table wider than its column can be scrolled from the keyboard. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Rules of ${view.heading}`}>
        <table className="rules">
          <caption>Rules, in the order they are evaluated</caption>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Matches</th>
              <th scope="col">Action</th>
              <th scope="col" className="num">
                Requests
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((rule) => (
              <tr key={rule.key} data-rule={rule.ruleId ?? 'default'}>
                <th scope="row">{rule.priority}</th>
                <td>{rule.matches}</td>
                <td>{rule.action}</td>
                <td className="num">
                  <RuleRequests listenerId={view.id} priority={rule.priority} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
