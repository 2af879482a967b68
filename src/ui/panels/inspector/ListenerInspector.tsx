import { useShallow } from 'zustand/react/shallow';
import { inspectorWords } from '../../../lens/inspectorWords';
import { targetGroupNames, useSim } from '../../../store';
import { formatCount } from '../../format';
import { ListenerEditors } from '../../editors/elb/ListenerEditors';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { actionRows } from './cfnRows';
import { nodeLabel } from './labels';
import { listenerView } from '../../views/listenerView';

export function ListenerInspector({ id }: { readonly id: string }) {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const snapshot = useSim((state) => state.snapshot.listeners.find((listener) => listener.id === id));
  const counts = useSim(useShallow((state) => state.counters.byListenerRule[id] ?? {}));
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'listener', id }, spec, ctx);
  const listener = spec.listeners.find((candidate) => candidate.id === id);
  if (!listener || !snapshot) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such listener in this scenario.</p>
      </article>
    );
  }
  const names = targetGroupNames(spec);
  const view = listenerView(spec, snapshot, lens, ctx);
  const lb = spec.loadBalancers.find((candidate) => candidate.id === listener.loadBalancerId);
  return (
    <article className="inspect" aria-label={heading} data-listener-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <p className="inspect-sub">
        On{' '}
        <SelectButton kind="loadBalancer" id={listener.loadBalancerId}>
          {nodeLabel(lens, { kind: 'loadBalancer', id: listener.loadBalancerId }, spec, ctx)}
        </SelectButton>
      </p>
      <h4>{inspectorWords(lens).ruleOrderHeading}</h4>
      <div className="table-scroll">
        <table className="rule-order">
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">If</th>
              <th scope="col">Then</th>
              <th scope="col" className="num">
                Requests
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((rule) => (
              <tr key={rule.key}>
                <th scope="row">
                  <SelectButton kind="rule" id={rule.selectionId} label={rule.label}>
                    {rule.key}
                  </SelectButton>
                </th>
                <td>{rule.matches}</td>
                <td>{rule.action}</td>
                <td className="num">{formatCount(counts[rule.key] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ListenerEditors listener={listener} />
      <h4>Configuration</h4>
      <PropertyList
        title="AWS::ElasticLoadBalancingV2::Listener"
        rows={[
          ['LoadBalancerArn', lb?.name ?? listener.loadBalancerId],
          ['Port', String(listener.port)],
          ['Protocol', listener.protocol],
          ...listener.defaultActions
            .flatMap((action, index) => actionRows(action, `DefaultActions[${index}]`, (tg) => names.get(tg) ?? tg))
            .map(([name, value]) => [name, <span className="mono">{value}</span>] as const),
        ]}
      />
    </article>
  );
}
