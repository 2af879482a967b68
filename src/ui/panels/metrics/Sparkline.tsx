import { METRIC_BUCKETS_KEPT } from '../../../store';

export type SparklineVariant = 'bars' | 'line';
export type SparklineTone = 'neutral' | 'good' | 'bad';

export interface SparklineProps {
  /** Oldest first; null where there is no figure (no answered request for an average). */
  readonly values: readonly (number | null)[];
  readonly variant: SparklineVariant;
  readonly tone: SparklineTone;
  /** The accessible name, carrying the figures the picture shows. */
  readonly label: string;
}

const HEIGHT = 20;
/** Early in a run the window grows from three minutes to what the store keeps, so the first bars are not slivers. */
const MIN_BUCKETS = 18;

/**
 * An axis-free chart: one bar or point per 10 s bucket, the newest at the right. Values are given in text beside it;
 * the picture is for the trend.
 */
export function Sparkline({ values, variant, tone, label }: SparklineProps) {
  const width = Math.min(METRIC_BUCKETS_KEPT, Math.max(MIN_BUCKETS, values.length));
  const shown = values.slice(-width);
  const offset = width - shown.length;
  const max = Math.max(1, ...shown.map((value) => value ?? 0));
  const y = (value: number) => HEIGHT - (value / max) * (HEIGHT - 1);

  let marks;
  if (variant === 'bars') {
    marks = shown.map((value, index) =>
      value === null || value === 0 ? null : (
        <rect key={index} x={offset + index + 0.1} y={y(value)} width={0.8} height={HEIGHT - y(value)} />
      ),
    );
  } else {
    // A null splits the line: there was nothing to average in that bucket.
    const runs: { x: number; y: number }[][] = [[]];
    shown.forEach((value, index) => {
      if (value === null) runs.push([]);
      else runs[runs.length - 1]?.push({ x: offset + index + 0.5, y: y(value) });
    });
    marks = runs
      .filter((run) => run.length > 0)
      .map((run, index) => {
        const [only] = run;
        if (run.length === 1 && only) return <circle key={index} cx={only.x} cy={only.y} r={0.6} />;
        return <polyline key={index} points={run.map((point) => `${point.x},${point.y.toFixed(2)}`).join(' ')} />;
      });
  }
  return (
    <svg
      className={`sparkline sparkline-${variant}`}
      data-tone={tone}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <line className="sparkline-base" x1={0} x2={width} y1={HEIGHT - 0.25} y2={HEIGHT - 0.25} />
      {marks}
    </svg>
  );
}
