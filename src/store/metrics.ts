/**
 * Per-target-group figures over simulated time, named as CloudWatch names them for an ALB (RequestCount,
 * HealthyHostCount, UnHealthyHostCount, TargetResponseTime, HTTPCode_Target_5XX_Count, HTTPCode_ELB_5XX_Count),
 * in buckets of 10 simulated seconds. Built from request events and snapshots; the engine knows nothing of it.
 */
import type { RequestCompletedEvent, WorldSnapshot } from '../engine';

export const METRIC_BUCKET_MS = 10_000;
export const METRIC_BUCKETS_KEPT = 60;

export interface MetricPoint {
  /** Bucket start, simulated ms. */
  readonly start: number;
  readonly RequestCount: number;
  /** Average in ms, null without answered requests in the bucket. */
  readonly TargetResponseTime: number | null;
  readonly HTTPCode_Target_5XX_Count: number;
  readonly HTTPCode_ELB_5XX_Count: number;
  readonly HealthyHostCount: number;
  readonly UnHealthyHostCount: number;
}

export type MetricName = Exclude<keyof MetricPoint, 'start'>;

export const METRIC_NAMES: readonly MetricName[] = [
  'RequestCount',
  'HealthyHostCount',
  'UnHealthyHostCount',
  'TargetResponseTime',
  'HTTPCode_Target_5XX_Count',
  'HTTPCode_ELB_5XX_Count',
];

/** Target group logical ID -> buckets, oldest first. */
export type MetricsView = Readonly<Record<string, readonly MetricPoint[]>>;

interface Bucket {
  start: number;
  requests: number;
  latencySum: number;
  answered: number;
  target5xx: number;
  elb5xx: number;
  healthy: number;
  unhealthy: number;
}

export class MetricsCollector {
  private readonly buckets = new Map<string, Bucket[]>();
  private dirty = true;
  private cached: MetricsView = {};

  constructor(targetGroupIds: readonly string[]) {
    for (const id of targetGroupIds) this.buckets.set(id, []);
  }

  private bucket(tg: string, t: number): Bucket | null {
    let list = this.buckets.get(tg);
    if (!list) {
      // A target group created by an edit starts its series when it first appears.
      list = [];
      this.buckets.set(tg, list);
    }
    const start = Math.floor(t / METRIC_BUCKET_MS) * METRIC_BUCKET_MS;
    let last = list[list.length - 1];
    if (!last || last.start < start) {
      // Empty buckets in between keep the time axis honest.
      let next = last ? last.start + METRIC_BUCKET_MS : start;
      while (next <= start) {
        last = { start: next, requests: 0, latencySum: 0, answered: 0, target5xx: 0, elb5xx: 0, healthy: last?.healthy ?? 0, unhealthy: last?.unhealthy ?? 0 };
        list.push(last);
        next += METRIC_BUCKET_MS;
      }
      while (list.length > METRIC_BUCKETS_KEPT) list.shift();
    }
    return last ?? null;
  }

  onRequest(event: RequestCompletedEvent): void {
    if (event.targetGroup === null) return;
    const b = this.bucket(event.targetGroup, event.t);
    if (!b) return;
    b.requests++;
    if (event.source === 'target') {
      b.latencySum += event.latencyMs;
      b.answered++;
      if (event.status >= 500) b.target5xx++;
    } else if (event.status >= 500) {
      b.elb5xx++;
    }
    this.dirty = true;
  }

  /** Host counts are a gauge: sample them from the world at `now`. */
  sample(snapshot: WorldSnapshot, now: number): void {
    for (const tg of snapshot.targetGroups) {
      const b = this.bucket(tg.id, now);
      if (!b) continue;
      if (b.healthy !== tg.healthyCount || b.unhealthy !== tg.unhealthyCount) {
        b.healthy = tg.healthyCount;
        b.unhealthy = tg.unhealthyCount;
        this.dirty = true;
      }
    }
  }

  /** The same object until something changed. */
  view(): MetricsView {
    if (!this.dirty) return this.cached;
    // Keyed by target group logical IDs ("constructor" is one): no prototype to answer for a group with no points.
    const out = Object.create(null) as Record<string, MetricPoint[]>;
    for (const [tg, list] of this.buckets) {
      out[tg] = list.map((b) => ({
        start: b.start,
        RequestCount: b.requests,
        TargetResponseTime: b.answered > 0 ? b.latencySum / b.answered : null,
        HTTPCode_Target_5XX_Count: b.target5xx,
        HTTPCode_ELB_5XX_Count: b.elb5xx,
        HealthyHostCount: b.healthy,
        UnHealthyHostCount: b.unhealthy,
      }));
    }
    this.cached = out;
    this.dirty = false;
    return out;
  }
}
