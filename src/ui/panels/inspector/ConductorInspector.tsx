import { useSim } from '../../../store';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { schedulerBounds } from './selectors';

const AWS_TEXT = [
  'The ECS service scheduler keeps each service at its desired count: when a task stops, it starts a replacement.',
  'It stops tasks that the load balancer reports unhealthy (after the health check grace period) and replaces them; the load balancer itself only reports.',
  'During a deployment it keeps at least L tasks healthy and at most U running, where L and U come from the deployment configuration.',
];

const ORCHESTRA_TEXT = [
  'The conductor keeps each section at its head-count: when a player leaves, a substitute walks on.',
  "The conductor sends off players the stage manager's sound check reports out of tune (after their tuning time). The conductor never runs sound checks; the stage manager never sends anyone off.",
  'When the section gets a new edition, the conductor keeps at least L players in tune and never more than U on stage.',
];

export function ConductorInspector() {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.spec);
  const services = useSim((state) => state.snapshot.services);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'conductor', id: 'conductor' }, spec, ctx);
  return (
    <article className="inspect" aria-label={heading}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      {(lens === 'orchestra' ? ORCHESTRA_TEXT : AWS_TEXT).map((text) => (
        <p key={text}>{text}</p>
      ))}
      <div className="table-scroll">
        <table className="scheduler-table">
          <caption>L = ⌈N × minimumHealthyPercent / 100⌉, U = ⌊N × maximumPercent / 100⌋</caption>
          <thead>
            <tr>
              <th scope="col">{lens === 'orchestra' ? 'Section' : 'Service'}</th>
              <th scope="col" className="num">
                N
              </th>
              <th scope="col" className="num">
                L
              </th>
              <th scope="col" className="num">
                U
              </th>
              <th scope="col" className="num">
                Running
              </th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => {
              const config = spec.services.find((candidate) => candidate.id === service.id)?.deployment;
              const { lower, upper } = schedulerBounds(service.desiredCount, config?.minimumHealthyPercent ?? 100, config?.maximumPercent ?? 200);
              return (
                <tr key={service.id}>
                  <th scope="row">
                    <SelectButton kind="service" id={service.id}>
                      {nodeLabel(lens, { kind: 'service', id: service.id }, spec, ctx)}
                    </SelectButton>
                  </th>
                  <td className="num">{service.desiredCount}</td>
                  <td className="num">{lower}</td>
                  <td className="num">{upper}</td>
                  <td className="num">{service.runningCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
