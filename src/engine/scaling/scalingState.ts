/**
 * Service Auto Scaling's live state: per scaled service, its datapoints (MC26), its alarms (MC27) and its cooldowns
 * (fact 63, MC40). The configuration itself (targets and policies) is read from the world spec each minute.
 */
import type { ServiceRec } from '../core/model';
import type { AlarmState, ComparisonOperator, ScalingMetricName } from '../scalingSpec';

/** A CloudWatch alarm on one of the service's metrics: target tracking's high and low alarms, or a step policy's. */
export interface AlarmRec {
  readonly name: string;
  readonly policy: string;
  readonly role: 'high' | 'low' | 'step';
  readonly metric: ScalingMetricName;
  readonly targetGroupId: string | null;
  readonly comparison: ComparisonOperator;
  readonly threshold: number;
  readonly periods: number;
  state: AlarmState;
}

/** One metric series: a value per minute, null where the minute had no datapoint; newest last. */
export type Series = (number | null)[];

/** One minute of a scaled service, as its chart draws it. */
export interface ScalingMinuteRow {
  readonly t: number;
  readonly cpu: number | null;
  readonly memory: number | null;
  /** Of the group the snapshot charts (scalingSnapshot.ts), by target group. */
  readonly requestCountPerTarget: Readonly<Record<string, number | null>>;
  readonly desired: number;
  readonly running: number;
  /** The alarms in ALARM after this datapoint. */
  readonly inAlarm: readonly string[];
}

export interface ScalingActivityRow {
  readonly t: number;
  readonly direction: 'out' | 'in';
  readonly from: number;
  readonly to: number;
  readonly policy: string;
  readonly cooldownEndsAt: number;
}

/** Minutes and activities kept for the charts: an hour, and the last 30 activities. */
export const CHART_MINUTES = 60;
export const CHART_ACTIVITIES = 30;

export interface ServiceScalingRec {
  readonly service: ServiceRec;
  /** By series key (scaling/loadMetrics.ts seriesKey), the last MAX_HISTORY minutes. */
  readonly series: Map<string, Series>;
  /**
   * The minute's least and greatest task value of CPU and memory (MC44), for a step policy's MetricAggregationType;
   * neither a series nor an event, since only that choice reads them.
   */
  readonly extremes: Map<ScalingMetricName, { readonly min: number; readonly max: number }>;
  /** The target groups' request counts when the minute began. */
  readonly groupRequestsAt: Map<string, number>;
  /** By alarm name. */
  readonly alarms: Map<string, AlarmRec>;
  /** Scale-out cooldown: until when, and the capacity it started from (the capacity already added counts). */
  scaleOutUntil: number;
  scaleOutBase: number;
  scaleInUntil: number;
  /** The highest desired and running counts since scaling began, for the summary. */
  peakDesired: number;
  peakRunning: number;
  readonly minutes: ScalingMinuteRow[];
  readonly activities: ScalingActivityRow[];
}

export interface ScalingState {
  /** A ScalingMinute entry is on the agenda. */
  ticking: boolean;
  readonly services: Map<ServiceRec, ServiceScalingRec>;
}

/** Datapoints kept per series: a day of minutes, as long as any alarm may look back (EvaluationPeriods x 60 s <= 1 day). */
export const MAX_HISTORY = 1440;

export function newServiceScaling(service: ServiceRec): ServiceScalingRec {
  return {
    service,
    series: new Map(),
    extremes: new Map(),
    groupRequestsAt: new Map(service.targetGroups.map((tg) => [tg.spec.id, tg.requests])),
    alarms: new Map(),
    scaleOutUntil: 0,
    scaleOutBase: 0,
    scaleInUntil: 0,
    peakDesired: service.desiredCount,
    peakRunning: 0,
    minutes: [],
    activities: [],
  };
}
