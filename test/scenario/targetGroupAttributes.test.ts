/** Slow start and stickiness as a template writes them (fact 104, 122), validated with AWS's ranges. */
import { describe, expect, it } from 'vitest';
import { baseTemplate, lines, loadErrors, loadOk, props } from './helpers';

function withAttributes(attributes: readonly [string, string][]) {
  const template = baseTemplate();
  props(template, 'WebTargets').TargetGroupAttributes = attributes.map(([Key, Value]) => ({ Key, Value }));
  return template;
}

describe('slow start and stickiness attributes', () => {
  it('reads slow start 30-900 s, and 0 as off', () => {
    expect(loadOk(withAttributes([['slow_start.duration_seconds', '30']])).spec.targetGroups[0]?.slowStartSeconds).toBe(30);
    expect(loadOk(withAttributes([['slow_start.duration_seconds', '900']])).spec.targetGroups[0]?.slowStartSeconds).toBe(900);
    expect(loadOk(withAttributes([['slow_start.duration_seconds', '0']])).spec.targetGroups[0]?.slowStartSeconds).toBeUndefined();
  });

  it('refuses slow start outside 30-900 s, and with least_outstanding_requests', () => {
    expect(lines(loadErrors(withAttributes([['slow_start.duration_seconds', '29']])))).toEqual([
      "WebTargets|Properties.TargetGroupAttributes[0].Value|'slow_start.duration_seconds' value '29' must be 0 or between '30-900' inclusive",
    ]);
    expect(lines(loadErrors(withAttributes([['slow_start.duration_seconds', '901']])))).toHaveLength(1);
    expect(lines(loadErrors(withAttributes([['load_balancing.algorithm.type', 'least_outstanding_requests'], ['slow_start.duration_seconds', '60']])))).toEqual([
      'WebTargets|Properties.TargetGroupAttributes[1].Value|Slow start mode is not supported with the least_outstanding_requests algorithm (fact 122); turn one of them off.',
    ]);
  });

  it('reads lb_cookie and app_cookie stickiness with their durations (default one day)', () => {
    expect(loadOk(withAttributes([['stickiness.enabled', 'true']])).spec.targetGroups[0]?.stickiness).toEqual({ type: 'lb_cookie', durationSeconds: 86_400 });
    expect(loadOk(withAttributes([
      ['stickiness.enabled', 'true'], ['stickiness.type', 'app_cookie'], ['stickiness.app_cookie.cookie_name', 'SESSION'], ['stickiness.app_cookie.duration_seconds', '600'],
    ])).spec.targetGroups[0]?.stickiness).toEqual({ type: 'app_cookie', durationSeconds: 600, cookieName: 'SESSION' });
    expect(loadOk(withAttributes([['stickiness.enabled', 'false'], ['stickiness.lb_cookie.duration_seconds', '60']])).spec.targetGroups[0]?.stickiness).toBeUndefined();
    expect(lines(loadErrors(withAttributes([['stickiness.enabled', 'true'], ['stickiness.lb_cookie.duration_seconds', '0']])))).toEqual([
      "WebTargets|Properties.TargetGroupAttributes[1].Value|'stickiness.lb_cookie.duration_seconds' value '0' must be between '1-604800' inclusive",
    ]);
  });
});
