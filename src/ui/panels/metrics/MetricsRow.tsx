import { useSim } from '../../../store';
import { Breakable } from '../Breakable';
import { SelectButton } from '../SelectButton';
import { chartLabel, formatMetric, lastValue, valuesOf } from './metricFormat';
import { Sparkline } from './Sparkline';

const EMPTY: readonly never[] = [];

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** One target group in a line: the request trend and the latest host counts and 5xx (who answered them). */
export function MetricsRow({ id, name }: { readonly id: string; readonly name: string }) {
  const points = useSim((state) => state.metrics[id] ?? EMPTY);
  const requests = valuesOf(points, 'RequestCount');
  return (
    <li className="metrics-row" data-target-group-id={id}>
      <div className="metrics-row-head">
        <SelectButton kind="targetGroup" id={id} label={`${name}: show its charts`}>
          {name}
        </SelectButton>
        <Sparkline values={requests} variant="bars" tone="neutral" label={chartLabel('RequestCount', name, requests)} />
      </div>
      <dl className="metrics-figures">
        <div>
          <dt>
            <Breakable text="RequestCount" />
          </dt>
          <dd>{formatMetric('RequestCount', lastValue(requests))}</dd>
        </div>
        <div>
          <dt>
            <Breakable text="HealthyHostCount" />
          </dt>
          <dd>{formatMetric('HealthyHostCount', lastValue(valuesOf(points, 'HealthyHostCount')))}</dd>
        </div>
        <div>
          <dt>
            <Breakable text="UnHealthyHostCount" />
          </dt>
          <dd>{formatMetric('UnHealthyHostCount', lastValue(valuesOf(points, 'UnHealthyHostCount')))}</dd>
        </div>
        <div>
          <dt>
            <Breakable text="HTTPCode_Target_5XX_Count" />
          </dt>
          <dd>{formatMetric('HTTPCode_Target_5XX_Count', sum(valuesOf(points, 'HTTPCode_Target_5XX_Count')))}</dd>
        </div>
        <div>
          <dt>
            <Breakable text="HTTPCode_ELB_5XX_Count" />
          </dt>
          <dd>{formatMetric('HTTPCode_ELB_5XX_Count', sum(valuesOf(points, 'HTTPCode_ELB_5XX_Count')))}</dd>
        </div>
      </dl>
    </li>
  );
}
