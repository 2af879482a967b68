import { describe, expect, it } from 'vitest';
import { checkCommands } from '../../../../src/store/editHistory';
import { logicalIdFrom } from '../../../../src/ui/editors/form/logicalIds';
import { actionFromDraft, actionToDraft } from '../../../../src/ui/editors/elb/actionDraft';
import { conditionFromDraft, conditionToDraft, emptyCondition, nextFreeField, valueCount } from '../../../../src/ui/editors/elb/conditionDraft';
import {
  createRuleCommand, deleteRuleCommand, modifyRuleCommand, newRuleDraft, nextPriority, priorityClash, ruleToDraft, targetGroupChoices, type RuleDraft,
} from '../../../../src/ui/editors/elb/ruleDraft';
import { scenario } from '../../panels/world';

const spec = scenario();

function draftWith(change: Partial<RuleDraft>): RuleDraft {
  return { ...newRuleDraft(spec, 'HttpsListener'), ...change };
}

describe('rule drafts', () => {
  it('start a new rule after the highest priority, forwarding to a group this load balancer already uses', () => {
    const draft = newRuleDraft(spec, 'HttpsListener');
    expect(draft.priority).toBe('40');
    expect(draft.conditions).toEqual([emptyCondition('path-pattern')]);
    expect(draft.action.kind).toBe('forward');
    expect(draft.action.forward).toEqual([{ targetGroupId: 'UsersTargetGroup', weight: '1' }]);
    expect(nextPriority(spec, 'HttpListener')).toBe(10);
    expect(targetGroupChoices(spec, 'HttpsListener').slice(0, 3)).toEqual(['UsersTargetGroup', 'AuthTargetGroup', 'DashboardTargetGroup']);
  });

  it('turn a path-pattern forward into createRule with an ID from the path, which the validators accept', () => {
    const draft = draftWith({ conditions: [{ ...emptyCondition('path-pattern'), values: ['/api/orders*'] }] });
    const result = createRuleCommand(spec, 'HttpsListener', draft);
    expect(result).toEqual({
      ok: true,
      value: {
        do: 'createRule',
        rule: {
          id: 'ApiOrdersRule',
          listenerId: 'HttpsListener',
          priority: 40,
          conditions: [{ field: 'path-pattern', values: ['/api/orders*'] }],
          actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'UsersTargetGroup', weight: 1 }] }],
        },
      },
    });
    if (result.ok) expect(checkCommands(spec, [result.value]).ok).toBe(true);
  });

  it('read every condition type, with an empty query key as no Key, and round-trip them', () => {
    const conditions = [
      { field: 'host-header', values: ['api.example.com', '*.example.org'] },
      { field: 'http-header', headerName: 'X-Canary', values: ['on'] },
      { field: 'http-request-method', values: ['GET'] },
      { field: 'query-string', values: [{ key: null, value: 'beta' }, { key: 'v', value: '2' }] },
      { field: 'source-ip', values: ['10.0.0.0/8'] },
    ] as const;
    for (const condition of conditions) expect(conditionFromDraft(conditionToDraft(condition))).toEqual(condition);
    expect(valueCount(conditions.map(conditionToDraft))).toBe(7);
    expect(nextFreeField([emptyCondition('path-pattern')])).toBe('host-header');
  });

  it('keep values as typed, so a space reaches the validator and is refused in its words', () => {
    const draft = draftWith({ conditions: [{ ...emptyCondition('path-pattern'), values: ['/api /x'] }] });
    const result = createRuleCommand(spec, 'HttpsListener', draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const checked = checkCommands(spec, [result.value]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.message).join('\n')).toContain("contains ' ', which is not allowed");
  });

  it('stop at a priority that is not a number, in the validator words, and send nothing', () => {
    const result = createRuleCommand(spec, 'HttpsListener', draftWith({ priority: 'ten' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual(['Properties.Priority']);
      expect(result.errors['Properties.Priority']).toContain("Priority 'ten' is out of range");
    }
    expect(priorityClash(spec, 'HttpsListener', '20', null)?.id).toBe('AuthRule');
    expect(priorityClash(spec, 'HttpsListener', '20', 'AuthRule')).toBeUndefined();
  });

  it('modify a rule: priority only when it moves, conditions and actions always', () => {
    const rule = spec.rules.find((r) => r.id === 'UsersRule')!;
    const same = modifyRuleCommand(rule, ruleToDraft(spec, rule));
    expect(same).toEqual({ ok: true, value: { do: 'modifyRule', rule: 'UsersRule', conditions: rule.conditions, actions: rule.actions } });
    const moved = modifyRuleCommand(rule, { ...ruleToDraft(spec, rule), priority: '15' });
    expect(moved.ok && moved.value.priority).toBe(15);
    expect(deleteRuleCommand('UsersRule')).toEqual({ do: 'deleteRule', rule: 'UsersRule' });
  });

  it('read weighted forwards, fixed responses and redirects', () => {
    const base = actionToDraft(undefined, 'UsersTargetGroup');
    const weighted = actionFromDraft(
      { ...base, forward: [{ targetGroupId: 'UsersTargetGroup', weight: '10' }, { targetGroupId: 'AuthTargetGroup', weight: '20' }] },
      'Actions[0]',
    );
    expect(weighted).toEqual({
      ok: true,
      value: { type: 'forward', targetGroups: [{ targetGroupId: 'UsersTargetGroup', weight: 10 }, { targetGroupId: 'AuthTargetGroup', weight: 20 }] },
    });
    const fixed = actionFromDraft({ ...base, kind: 'fixed-response', fixed: { statusCode: '503', contentType: '', messageBody: '' } }, 'Actions[0]');
    expect(fixed).toEqual({ ok: true, value: { type: 'fixed-response', statusCode: 503, contentType: null, messageBody: null } });
    const redirect = actionFromDraft({ ...base, kind: 'redirect', redirect: { ...base.redirect, statusCode: '302' } }, 'Actions[0]');
    expect(redirect).toEqual({
      ok: true,
      value: { type: 'redirect', protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: 302 },
    });
    const bad = actionFromDraft({ ...base, forward: [{ targetGroupId: 'UsersTargetGroup', weight: 'heavy' }] }, 'Actions[0]');
    expect(bad).toEqual({ ok: false, errors: { 'Properties.Actions[0].ForwardConfig.TargetGroups[0].Weight': "Weight 'heavy' must be a whole number from 0 to 999" } });
    const listener = spec.listeners.find((l) => l.id === 'HttpListener')!;
    expect(actionFromDraft(actionToDraft(listener.defaultActions[0], null), 'DefaultActions[0]')).toEqual({ ok: true, value: listener.defaultActions[0] });
  });

  it('make logical IDs of letters and digits that start with a letter', () => {
    expect(logicalIdFrom('/api/orders/*', 'Rule')).toBe('ApiOrdersRule');
    expect(logicalIdFrom('8080', 'Listener')).toBe('Listener8080');
    expect(logicalIdFrom('', 'Rule')).toBe('Rule');
  });
});
