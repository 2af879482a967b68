import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { TrafficRateControl } from './TrafficRateControl';
import { SpikeButton } from './SpikeButton';

/** The traffic: how fast requests arrive and what they ask for (MC17). */
export function AudienceInspector() {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const traffic = useSim((state) => state.snapshot.traffic);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'audience', id: 'audience' }, spec, ctx);
  const words = inspectorWords(lens);
  const totalWeight = traffic.mix.reduce((sum, entry) => sum + (entry.weight ?? 1), 0);
  return (
    <article className="inspect" aria-label={heading}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <p>
        {words.trafficSending} <strong>{traffic.rate}</strong> requests per second, at random times (Poisson
        arrivals).
      </p>
      <TrafficRateControl />
      <SpikeButton />
      <h4>{words.trafficMixHeading}</h4>
      {traffic.mix.length === 0 ? (
        <p className="muted">No requests in the mix.</p>
      ) : (
        <div className="table-scroll">
          <table className="traffic-mix">
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Host</th>
                <th scope="col">Port</th>
                <th scope="col" className="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {traffic.mix.map((entry, index) => (
                <tr key={index}>
                  <th scope="row" className="mono">
                    {entry.method ?? 'GET'} {entry.path ?? '/'}
                    {entry.query ? `?${entry.query}` : ''}
                  </th>
                  <td className="mono">{entry.host ?? '(load balancer DNS name)'}</td>
                  <td>{entry.listenerPort ?? '(first listener)'}</td>
                  <td className="num">{totalWeight > 0 ? `${Math.round(((entry.weight ?? 1) / totalWeight) * 100)} %` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
