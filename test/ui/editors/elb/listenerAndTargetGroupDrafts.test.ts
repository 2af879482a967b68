import { describe, expect, it } from 'vitest';
import { checkCommands } from '../../../../src/store/editHistory';
import {
  createListenerCommand, deleteListenerCommand, listenerToDraft, modifyDefaultActionCommand, modifyListenerCommand, newListenerDraft,
} from '../../../../src/ui/editors/elb/listenerDraft';
import {
  algorithmCommand, createTargetGroupCommand, deleteTargetGroupCommand, deregistrationDelayCommand, healthCheckToDraft,
  modifyHealthCheckCommand, newTargetGroupDraft,
} from '../../../../src/ui/editors/elb/targetGroupDraft';
import { scenario } from '../../panels/world';

const spec = scenario();
const https = spec.listeners.find((l) => l.id === 'HttpsListener')!;
const users = spec.targetGroups.find((t) => t.id === 'UsersTargetGroup')!;

describe('listener drafts', () => {
  it('add a listener on a free port answering 404 itself', () => {
    const draft = newListenerDraft(spec, 'ApiAlb');
    expect(draft.port).toBe('8080');
    const result = createListenerCommand(spec, 'ApiAlb', draft);
    expect(result).toEqual({
      ok: true,
      value: {
        do: 'createListener',
        listener: {
          id: 'Http8080Listener',
          loadBalancerId: 'ApiAlb',
          port: 8080,
          protocol: 'HTTP',
          defaultActions: [{ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'Not found' }],
        },
      },
    });
    if (result.ok) expect(checkCommands(spec, [result.value]).ok).toBe(true);
  });

  it('modify only what changed, and the default action alone', () => {
    const draft = listenerToDraft(spec, https);
    expect(modifyListenerCommand(https, draft)).toEqual({ ok: true, value: { do: 'modifyListener', listener: 'HttpsListener', defaultActions: https.defaultActions } });
    const moved = modifyListenerCommand(https, { ...draft, port: '80' });
    expect(moved.ok && moved.value.port).toBe(80);
    if (moved.ok) {
      const checked = checkCommands(spec, [moved.value]);
      expect(checked.ok === false && checked.errors[0]?.message).toMatch(/DuplicateListener/);
    }
    const forward = modifyDefaultActionCommand(https, { ...draft.action, kind: 'forward' });
    expect(forward).toEqual({
      ok: true,
      value: { do: 'modifyListener', listener: 'HttpsListener', defaultActions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'UsersTargetGroup', weight: 1 }] }] },
    });
    expect(deleteListenerCommand('HttpListener')).toEqual({ do: 'deleteListener', listener: 'HttpListener' });
  });
});

describe('target group drafts', () => {
  it('change the health check interval and nothing else', () => {
    const result = modifyHealthCheckCommand(users, { ...healthCheckToDraft(users.healthCheck), interval: '20' });
    expect(result).toEqual({ ok: true, value: { do: 'modifyTargetGroup', targetGroup: 'UsersTargetGroup', healthCheck: { ...users.healthCheck, intervalSeconds: 20 } } });
    const port = modifyHealthCheckCommand(users, { ...healthCheckToDraft(users.healthCheck), portMode: 'port', port: '9000' });
    expect(port.ok && port.value.healthCheck?.port).toBe(9000);
    const bad = modifyHealthCheckCommand(users, { ...healthCheckToDraft(users.healthCheck), timeout: '' });
    expect(bad.ok === false && Object.keys(bad.errors)).toEqual(['Properties.HealthCheckTimeoutSeconds']);
  });

  it('set attributes; out-of-range values are left for the validator to refuse', () => {
    expect(deregistrationDelayCommand(users, '30')).toEqual({ ok: true, value: { do: 'modifyTargetGroup', targetGroup: 'UsersTargetGroup', deregistrationDelaySeconds: 30 } });
    const tooLong = deregistrationDelayCommand(users, '4000');
    expect(tooLong.ok).toBe(true);
    if (tooLong.ok) {
      const checked = checkCommands(spec, [tooLong.value]);
      expect(checked.ok === false && checked.errors[0]?.message).toBe("'deregistration_delay.timeout_seconds' value '4000' must be between '0-3600' inclusive");
    }
    expect(algorithmCommand(users, 'least_outstanding_requests')).toEqual({ do: 'modifyTargetGroup', targetGroup: 'UsersTargetGroup', algorithm: 'least_outstanding_requests' });
  });

  it("create a group with AWS's defaults, an ARN in AWS's shape and ip targets for a Fargate world", () => {
    const draft = newTargetGroupDraft(spec);
    expect(draft).toEqual({ name: 'new-tg', port: '80', protocol: 'HTTP', targetType: 'ip' });
    const result = createTargetGroupCommand(spec, { ...draft, name: 'orders-tg', port: '8080' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tg = result.value.targetGroup;
    expect(tg.id).toBe('OrdersTargetGroup');
    expect(tg.arn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/orders-tg\/[0-9a-f]{16}$/);
    expect(tg.healthCheck).toEqual({
      protocol: 'HTTP', path: '/', port: 'traffic-port', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200',
    });
    expect([tg.deregistrationDelaySeconds, tg.algorithm, tg.port]).toEqual([300, 'round_robin', 8080]);
    expect(checkCommands(spec, [result.value]).ok).toBe(true);
    expect(deleteTargetGroupCommand('X')).toEqual({ do: 'deleteTargetGroup', targetGroup: 'X' });
  });
});
