import { loadBalancerArn } from '../../../engine';
import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { formatCount } from '../../format';
import { LoadBalancerEditors } from '../../editors/elb/LoadBalancerEditors';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { TrafficRateControl } from './TrafficRateControl';

export function LoadBalancerInspector({ id }: { readonly id: string }) {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const total = useSim((state) => state.counters.total);
  const inFlight = useSim((state) => state.counters.inFlight);
  const elb5xx = useSim((state) => state.counters.elb5xx);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'loadBalancer', id }, spec, ctx);
  const lb = spec.loadBalancers.find((candidate) => candidate.id === id);
  if (!lb) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such load balancer in this scenario.</p>
      </article>
    );
  }
  const listeners = spec.listeners.filter((listener) => listener.loadBalancerId === id);
  const words = inspectorWords(lens);
  return (
    <article className="inspect" aria-label={heading} data-load-balancer-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <dl className="figures">
        <div>
          <dt>{words.loadBalancerRequests}</dt>
          <dd>{formatCount(total)}</dd>
        </div>
        <div>
          <dt>In flight</dt>
          <dd>{formatCount(inFlight)}</dd>
        </div>
        <div>
          <dt>HTTPCode_ELB_5XX_Count</dt>
          <dd>{formatCount(elb5xx)}</dd>
        </div>
      </dl>
      <TrafficRateControl />
      <h4>{words.listenersHeading}</h4>
      <ul className="node-list">
        {listeners.map((listener) => (
          <li key={listener.id}>
            <SelectButton kind="listener" id={listener.id}>
              {nodeLabel(lens, { kind: 'listener', id: listener.id }, spec, ctx)}
            </SelectButton>
          </li>
        ))}
      </ul>
      <LoadBalancerEditors loadBalancerId={id} />
      <h4>Configuration</h4>
      <PropertyList
        title="AWS::ElasticLoadBalancingV2::LoadBalancer"
        rows={[
          ['Name', lb.name],
          ['Type', 'application'],
          ['Scheme', lb.scheme],
          ['DNSName', <span className="mono">{lb.dnsName}</span>],
          ['idle_timeout.timeout_seconds', String(lb.idleTimeoutSeconds)],
          ['LoadBalancerArn', <span className="mono">{loadBalancerArn(lb.name, lb.id)}</span>],
        ]}
      />
    </article>
  );
}
