import { useId } from 'react';
import { targetGroupNames, useSim } from '../store';
import { describeRule } from './describeRule';
import { RuleRequests } from './RuleRequests';

export function ListenerCard({ listenerId }: { readonly listenerId: string }) {
  const listener = useSim((state) => state.snapshot.listeners.find((candidate) => candidate.id === listenerId));
  const spec = useSim((state) => state.spec);
  const headingId = useId();
  if (!listener) return null;
  const names = targetGroupNames(spec);
  return (
    <article className="card" aria-labelledby={headingId} data-listener-id={listener.id}>
      <div className="card-head">
        <h3 id={headingId}>
          {listener.protocol} :{listener.port}
        </h3>
      </div>
      {/* Focusable, so a table wider than its column can be scrolled from the keyboard. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Rules of ${listener.protocol} :${listener.port}`}>
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
            {listener.rules.map((rule) => {
              const words = describeRule(spec, listener.id, rule.id, names);
              return (
                <tr key={rule.id ?? 'default'} data-rule={rule.id ?? 'default'}>
                  <th scope="row">{rule.priority}</th>
                  <td>{words.matches}</td>
                  <td>{words.action}</td>
                  <td className="num">
                    <RuleRequests listenerId={listener.id} priority={rule.priority} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
