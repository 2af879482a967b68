/**
 * The editor enforces exactly what the loader enforces: each edit is checked by the same ECS and ELB validators on
 * the world it would make, in AWS's words, and refused whole.
 */
import type { Command, EditCommand, ScenarioSpec } from '../../src/engine';
import { validateEdit } from '../../src/scenario/validate/editValidation';
import { inverseOf } from '../../src/engine/commands/inverse';
import { editWorld } from '../../src/engine/edits/worldEdits';
import { world } from '../support/world';

const base = world({ services: [{ id: 'Web', path: '/web*' }, { id: 'Api', path: '/api*' }] });
const messages = (w: ScenarioSpec, c: EditCommand): string[] => {
  const r = validateEdit(w, c);
  return r.ok ? [] : r.errors.map((e) => `${e.resource}${e.path ? '.' + e.path : ''}: ${e.message}`);
};
const webTd = base.taskDefinitions[0]!;
const webTg = base.targetGroups[0]!;
const webRule = base.rules[0]!;

describe('validateEdit: the API refusals', () => {
  it.each<[string, EditCommand, string]>([
    ['a priority in use', { do: 'modifyRule', rule: 'ApiRule', priority: 10 }, "ApiRule: PriorityInUse: Priority '10' is currently in use"],
    ['a group a rule forwards to', { do: 'deleteTargetGroup', targetGroup: 'WebTargets' }, `WebTargets: ResourceInUse: Target group '${webTg.arn}' is currently in use by a listener or a rule`],
    ['a cluster with services', { do: 'deleteCluster', cluster: 'Cluster' }, 'Cluster: ClusterContainsServicesException: The Cluster cannot be deleted while Services are active.'],
    ['a service that does not exist', { do: 'updateService', service: 'Nope', desiredCount: 2 }, 'Nope: ServiceNotFoundException: Service not found.'],
    ['a duplicate logical ID', { do: 'createTargetGroup', targetGroup: { ...webTg, name: 'other' } }, 'WebTargets: A resource with the logical ID WebTargets already exists in this template.'],
    ['a second listener on a port', { do: 'createListener', listener: { ...base.listeners[0]!, id: 'Listener2' } }, 'Listener2: DuplicateListener: A listener already exists on this port for this load balancer'],
    ['a revision already registered', { do: 'registerTaskDefinition', taskDefinition: { ...webTd, id: 'WebTaskDef1b' } }, 'WebTaskDef1b: web:1 is already registered; a new revision of web takes the next number.'],
    ['a task definition a service runs', { do: 'deregisterTaskDefinition', taskDefinition: 'WebTaskDef' }, 'WebTaskDef: Service web runs web:1; update it to another revision before deregistering this one.'],
  ])('refuses %s', (_, command, message) => {
    expect(messages(base, command)).toEqual([message]);
  });
});

describe('validateEdit: the loader validators on the world the edit makes', () => {
  it('a path-pattern with a space', () => {
    const rule = { ...webRule, id: 'BadRule', priority: 30, conditions: [{ field: 'path-pattern' as const, values: ['/a b'] }] };
    expect(messages(base, { do: 'createRule', rule })).toEqual([
      "BadRule.Properties.Conditions[0].Values[0]: The 'path-pattern' value '/a b' contains ' ', which is not allowed; the allowed characters are A-Z, a-z, 0-9, _ - . $ / ~ \" ' @ : + &, and the wildcards * and ?",
    ]);
  });

  it('a service on a target group no listener or rule forwards to', () => {
    const lonely = { ...webTg, id: 'LonelyTargets', name: 'lonely', arn: webTg.arn.replace('web-tg', 'lonely') };
    const withGroup = editWorld(base, { do: 'createTargetGroup', targetGroup: lonely });
    if (!withGroup.ok) throw new Error(withGroup.reason);
    const service = { ...base.services[0]!, id: 'Orders', name: 'orders', loadBalancers: [{ targetGroupId: 'LonelyTargets', containerName: 'app', containerPort: 8080 }] };
    expect(messages(withGroup.world, { do: 'createService', service })).toEqual([
      `Orders.Properties.LoadBalancers[0].TargetGroupArn: The target group with targetGroupArn ${lonely.arn} does not have an associated load balancer. (No listener or rule forwards to LonelyTargets.)`,
    ]);
  });

  it('a Fargate size that does not exist', () => {
    const td = { ...webTd, id: 'WebTaskDefRev2', revision: 2, cpu: 256, memory: 4096 };
    expect(messages(base, { do: 'registerTaskDefinition', taskDefinition: td })).toEqual([
      expect.stringMatching(/^WebTaskDefRev2\.Properties\.Memory: No Fargate configuration exists for given values: 256 CPU, 4096 memory\./),
    ]);
  });

  it('deleting the only rule that feeds a service is allowed, with a note (ECS checks that only on create and update)', () => {
    const r = validateEdit(base, { do: 'deleteRule', rule: 'WebRule' });
    expect(r.ok && r.warnings.map((w) => [w.severity, w.resource, w.message])).toEqual([[
      'warning',
      'Web',
      `The target group with targetGroupArn ${webTg.arn} does not have an associated load balancer. (No listener or rule forwards to WebTargets.) ECS keeps the service running; its targets get no traffic until a listener or rule forwards to the group again.`,
    ]]);
  });

  it('a valid edit returns the new world', () => {
    const r = validateEdit(base, { do: 'modifyRule', rule: 'ApiRule', priority: 5 });
    expect(r.ok && r.world.rules.map((x) => [x.id, x.priority])).toEqual([['WebRule', 10], ['ApiRule', 5]]);
  });
});

describe('inverseOf: undo puts the world back', () => {
  const tg2 = { ...webTg, id: 'NewTargets', name: 'new-tg', arn: webTg.arn.replace('web-tg', 'new-tg') };
  const rule2 = { ...webRule, id: 'NewRule', priority: 30, actions: [{ type: 'forward' as const, targetGroups: [{ targetGroupId: 'NewTargets', weight: 1 }] }] };
  const cases: [string, EditCommand[]][] = [
    ['create and delete a target group and a rule', [{ do: 'createTargetGroup', targetGroup: tg2 }, { do: 'createRule', rule: rule2 }]],
    ['modify a rule', [{ do: 'modifyRule', rule: 'WebRule', priority: 7, conditions: [{ field: 'host-header', values: ['*.example.com'] }] }]],
    ['modify a group', [{ do: 'modifyTargetGroup', targetGroup: 'WebTargets', deregistrationDelaySeconds: 5, algorithm: 'least_outstanding_requests' }]],
    ['modify the listener', [{ do: 'modifyListener', listener: 'Listener', port: 8080 }]],
    ['update a service', [{ do: 'updateService', service: 'Web', desiredCount: 4, healthCheckGracePeriodSeconds: 30 }]],
    ['delete a service', [{ do: 'deleteService', service: 'Api' }]],
  ];
  it.each(cases)('%s', (_, commands) => {
    let w = base;
    const inverses: (readonly Command[])[] = [];
    for (const c of commands) {
      inverses.unshift(inverseOf(w, c)!);
      const r = editWorld(w, c);
      if (!r.ok) throw new Error(r.reason);
      w = r.world;
    }
    for (const c of inverses.flat()) {
      const r = editWorld(w, c as EditCommand);
      if (!r.ok) throw new Error(r.reason);
      w = r.world;
    }
    // Same resources with the same settings; a re-created resource goes to the end of its list.
    const sortList = (v: unknown): unknown =>
      Array.isArray(v) ? (v as unknown[]).map((x) => JSON.stringify(x)).sort() : v;
    const sorted = (s: ScenarioSpec) => JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, sortList(v)])));
    expect(sorted(w)).toBe(sorted(base));
  });

  it('deleting a listener is undone by the listener and each of its rules', () => {
    expect(inverseOf(base, { do: 'deleteListener', listener: 'Listener' })).toEqual([
      { do: 'createListener', listener: base.listeners[0] },
      { do: 'createRule', rule: base.rules[0] },
      { do: 'createRule', rule: base.rules[1] },
    ]);
  });

  it('a crash has no inverse', () => {
    expect(inverseOf(base, { do: 'crashTask', task: 'Web-1' })).toBeNull();
  });
});
