import type { ScalingMetricName, ScalingSnapshot } from '../../../engine';
import { formatClock } from '../../format';
import { scalingChartModel } from './scalingChartModel';

export interface ScalingChartProps {
  readonly scaling: ScalingSnapshot;
  readonly metric: ScalingMetricName;
  readonly now: number;
  readonly service: string;
}

const W = 320;
const H = 150;
const PAD_TOP = 14;

const fmt = (value: number, unit: string): string => `${Number.isInteger(value) ? value : value.toFixed(1)}${unit === '%' ? ' %' : ''}`;

/**
 * One scaled metric over the last hour: its one-minute datapoints, the policies' target lines (dashed), the minutes
 * an alarm on it was in ALARM (a red band along the top), the cooldowns (shaded, with their names), and each scaling
 * activity (a tick with "2→4"). A text summary and a table beside it say the same in words.
 */
export function ScalingChart({ scaling, metric, now, service }: ScalingChartProps) {
  const model = scalingChartModel(scaling, metric, now);
  const x = (t: number): number => ((t - model.start) / (model.end - model.start)) * W;
  const y = (v: number): number => H - (Math.min(v, model.yMax) / model.yMax) * (H - PAD_TOP);
  const runs: { x: number; y: number }[][] = [[]];
  for (const point of model.points) {
    if (point.value === null) runs.push([]);
    else runs[runs.length - 1]?.push({ x: x(point.t), y: y(point.value) });
  }
  const last = [...model.points].reverse().find((p) => p.value !== null)?.value ?? null;
  const alarms = scaling.alarms.filter((a) => a.metric === metric);
  const cooldowns = model.spans.filter((s) => s.kind !== 'alarm' && s.to > now);
  const summary = [
    `last ${last === null ? 'no datapoint yet' : fmt(last, model.unit)}`,
    ...model.lines.map((l) => l.label),
    ...alarms.map((a) => `${a.role === 'step' ? a.name : `${a.role} alarm`} ${a.state}`),
    ...cooldowns.map((c) => `${c.label} until ${formatClock(c.to)}`),
  ].join(' · ');
  return (
    <figure className="scaling-chart" data-metric={metric}>
      <figcaption>
        <span className="metric-name">{metric}</span> <span className="metric-values" data-summary="">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="scaling-svg" role="img" aria-label={`${metric} of ${service}, ${formatClock(model.start)} to ${formatClock(model.end)}: ${summary}`}>
        <rect className="scaling-plot" x={0} y={0} width={W} height={H} />
        {model.spans.map((span, i) => (
          span.kind === 'alarm'
            ? <rect key={`a${i}`} className="span-alarm" data-span="alarm" x={x(span.from)} y={0} width={Math.max(1, x(span.to) - x(span.from))} height={6} />
            : (
              <g key={`c${i}`} className={`span-${span.kind}`} data-span={span.kind}>
                <rect x={x(span.from)} y={8} width={Math.max(1, x(span.to) - x(span.from))} height={H - 8} />
                {x(span.to) - x(span.from) > 58 ? <text x={x(span.from) + 3} y={H - 4}>{span.kind === 'cooldown-out' ? 'out cooldown' : 'in cooldown'}</text> : null}
              </g>
            )
        ))}
        {model.lines.map((line) => (
          <g key={line.label} className="target-line" data-line={line.label}>
            <line x1={0} x2={W} y1={y(line.value)} y2={y(line.value)} />
            <text x={W - 4} y={y(line.value) - 3} textAnchor="end">{line.label.replace(/ \(.*\)$/, '')}</text>
          </g>
        ))}
        {runs.filter((run) => run.length > 0).map((run, i) =>
          run.length === 1
            ? <circle key={`p${i}`} className="metric-point" cx={run[0]!.x} cy={run[0]!.y} r={2.5} />
            : <polyline key={`p${i}`} className="metric-line" points={run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />,
        )}
        {/* Activities a minute apart would print over each other: their labels step down in three rows. */}
        {model.marks.map((mark, i) => (
          <g key={mark.t} className="activity-mark" data-activity={mark.label}>
            <line x1={x(mark.t)} x2={x(mark.t)} y1={PAD_TOP} y2={H} />
            <text x={x(mark.t) + 3} y={PAD_TOP + 10 + (i % 3) * 12}>{mark.label}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
