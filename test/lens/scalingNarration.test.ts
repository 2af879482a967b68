/** A scaling activity and an alarm in both lenses, with the numbers behind them. */
import { describe, expect, it } from 'vitest';
import type { ScalingActivityEvent, ScalingAlarmEvent } from '../../src/engine';
import { buildNarrationContext, narrate } from '../../src/lens/narration';
import { world } from '../support/world';

const ctx = buildNarrationContext(world({ services: [{ id: 'Web', path: '/web*', app: { instrument: 'violin' } }] }));
const alarm = 'TargetTracking-service/cluster/web-AlarmHigh-0a1b2c3d-0000-4000-a000-000000000000';
const activity: ScalingActivityEvent = {
  t: 180_000, type: 'scaling.activity', service: 'Web', policy: 'cpu-60', alarm, direction: 'out', from: 2, to: 4,
  cause: `monitor alarm ${alarm} in state ALARM triggered policy cpu-60`, description: 'Setting desired count to 4.',
  metric: 'CPUUtilization', value: 82.04, target: 60, cooldownEndsAt: 480_000,
};

describe('scaling narration', () => {
  it('a scale-out: Application Auto Scaling with its cause, and the conductor calling players', () => {
    expect(narrate(activity, 'aws', ctx)).toEqual({
      text: `Application Auto Scaling scaled out service web from 2 to 4 tasks: CPUUtilization 82% against a target of 60% (monitor alarm ${alarm} in state ALARM triggered policy cpu-60)`,
      category: 'service',
      importance: 'important',
    });
    expect(narrate(activity, 'orchestra', ctx)?.text).toBe('The conductor calls two more violins (web): the section is playing at 82% against a target of 60%');
  });

  it('a scale-in by one, and a step policy measured against its alarm threshold', () => {
    const scaleIn = { ...activity, direction: 'in' as const, from: 4, to: 3, value: 9.5, alarm: 'web-cpu-low', cause: 'monitor alarm web-cpu-low in state ALARM triggered policy cpu-steps' };
    expect(narrate(scaleIn, 'orchestra', ctx)?.text).toBe('The conductor sends one violin home (web): the section is playing at 9.5% against the conductor\'s limit of 60%');
    expect(narrate(scaleIn, 'aws', ctx)?.text).toMatch(/^Application Auto Scaling scaled in service web from 4 to 3 tasks: CPUUtilization 9\.5% against the alarm threshold of 60% \(/);
  });

  it('an alarm going into ALARM', () => {
    const event: ScalingAlarmEvent = {
      t: 180_000, type: 'scaling.alarm', service: 'Web', policy: 'cpu-60', alarm, role: 'high', from: 'OK', to: 'ALARM', metric: 'CPUUtilization',
      value: 65.2, threshold: 60, comparison: 'GreaterThanThreshold', periods: 3,
    };
    expect(narrate(event, 'aws', ctx)?.text).toBe(`Alarm ${alarm} (CPUUtilization > 60% for 3 datapoints) went from OK to ALARM; the latest datapoint is 65.2%`);
    expect(narrate(event, 'orchestra', ctx)?.text).toBe('The violins (web) have been past the limit for 3 minutes (65.2%): the conductor may call more players (alarm cpu-60)');
  });

  it('tells no line per datapoint', () => {
    expect(narrate({ t: 60_000, type: 'scaling.datapoint', service: 'Web', metric: 'CPUUtilization', targetGroup: null, value: 40, over: 2 }, 'aws', ctx)).toBeNull();
  });
});
