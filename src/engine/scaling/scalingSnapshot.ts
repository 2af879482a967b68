/** A scaled service's auto scaling as the views read it: bounds, policies, alarms, cooldowns, peaks, latest datapoints. */
import type { EngineState } from '../core/engineState';
import type { ServiceRec } from '../core/model';
import type { ScalingSnapshot } from '../snapshot';
import { seriesKey } from './loadMetrics';
import { scalableTargets, serviceScaling } from './autoScaler';
import { metricOfPolicy } from './alarms';
import type { ServiceScalingRec } from './scalingState';

function latest(rec: ServiceScalingRec | null, key: string): number | null {
  const series = rec?.series.get(key);
  return series === undefined || series.length === 0 ? null : (series[series.length - 1] ?? null);
}

export function scalingSnapshot(engine: EngineState, service: ServiceRec): ScalingSnapshot | null {
  const target = scalableTargets(engine).find((t) => t.serviceId === service.spec.id);
  if (target === undefined) return null;
  const rec = serviceScaling(engine, service);
  // Requests per target of the group a policy tracks, else the service's first group.
  const tracked = target.policies.find((p) => p.type === 'TargetTrackingScaling' && metricOfPolicy(p) === 'RequestCountPerTarget');
  const group = (tracked?.type === 'TargetTrackingScaling' ? tracked.targetGroupId : null) ?? service.targetGroups[0]?.spec.id ?? null;
  return {
    minCapacity: target.minCapacity,
    maxCapacity: target.maxCapacity,
    policies: target.policies,
    alarms: rec === null ? [] : [...rec.alarms.values()].map((a) => ({
      name: a.name, policy: a.policy, role: a.role, state: a.state, metric: a.metric, comparison: a.comparison, threshold: a.threshold, periods: a.periods,
    })),
    scaleOutCooldownEndsAt: rec !== null && rec.scaleOutUntil > engine.now ? rec.scaleOutUntil : null,
    scaleInCooldownEndsAt: rec !== null && rec.scaleInUntil > engine.now ? rec.scaleInUntil : null,
    peakDesired: Math.max(rec?.peakDesired ?? 0, service.desiredCount),
    peakRunning: rec?.peakRunning ?? 0,
    minutes: rec === null ? [] : [...rec.minutes],
    activities: rec === null ? [] : [...rec.activities],
    chartedTargetGroup: group,
    latest: {
      cpu: latest(rec, 'CPUUtilization'),
      memory: latest(rec, 'MemoryUtilization'),
      requestCountPerTarget: group === null ? null : latest(rec, seriesKey('RequestCountPerTarget', group)),
    },
  };
}
