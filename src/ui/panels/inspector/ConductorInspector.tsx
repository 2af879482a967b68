import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { schedulerBounds } from './selectors';

export function ConductorInspector() {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const services = useSim((state) => state.snapshot.services);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'conductor', id: 'conductor' }, spec, ctx);
  const words = inspectorWords(lens);
  return (
    <article className="inspect" aria-label={heading}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      {words.schedulerExplained.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <div className="table-scroll">
        <table className="scheduler-table">
          <caption>L = ⌈N × minimumHealthyPercent / 100⌉, U = ⌊N × maximumPercent / 100⌋</caption>
          <thead>
            <tr>
              <th scope="col">{words.schedulerServiceColumn}</th>
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
