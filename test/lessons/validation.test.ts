/**
 * A lesson file that does not validate says where and why, as a template does: the file, the step, the field, and
 * what is allowed; every problem at once. The messages are exactly what the command line prints.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, loadText } from './helpers';

const HEAD = 'id: broken\ntitle: Broken\nsummary: A broken lesson\nscenario: crash-and-replace.json\nsteps:\n';
const ONE = '  - id: one\n    title: One\n    narration: { aws: a, orchestra: b }\n';
const TWO = '  - id: two\n    title: Two\n    narration: { aws: a, orchestra: b }\n';

/** A lesson of step "one" with these extra lines, then the given further steps. */
const lesson = (lines: string, ...more: string[]) => HEAD + ONE + lines + more.join('');
const at = (path: string, message: string) => `error: broken.yaml: step 1 "one": ${path}: ${message}`;

describe('a lesson file that does not validate', () => {
  it('names unknown fields, with the keys allowed', () => {
    expect(errorsOf(HEAD.replace('steps:', 'level: 2\nsteps:') + ONE + '    colour: red\n    hints: [{ after: 5, text: t, colour: red }]\n', 'broken.yaml')).toEqual([
      'error: broken.yaml: A lesson does not take "level"; allowed keys: $schema, id, title, summary, scenario, seed, steps',
      at('hints[0]', 'A hint does not take "colour"; allowed keys: after, text'),
      'error: broken.yaml: step 1 "one": A step does not take "colour"; allowed keys: id, title, narration, spotlight, commands, prediction, goal, action, within, hints, solution, allow, locked',
    ]);
  });

  it('names what is missing, and malformed values', () => {
    expect(errorsOf(HEAD + '  - { id: One, title: One }\n', 'broken.yaml')).toEqual([
      'error: broken.yaml: step 1 "One": id: must be lowercase letters, digits and single hyphens, e.g. "fix-the-path"',
      'error: broken.yaml: step 1 "One": A step needs "narration"',
    ]);
    expect(errorsOf('- just a list\n', 'broken.yaml')).toEqual(['error: broken.yaml: a lesson is an object with id, title, summary, scenario and steps']);
    expect(errorsOf('id: broken\ntitle: [unclosed\n', 'broken.yaml')).toEqual(['error: broken.yaml: Invalid YAML at line 3, column 1: unexpected end of the stream within a flow collection']);
  });

  it('names a goal\'s kind and arguments that are wrong', () => {
    const goal = (text: string) => errorsOf(lesson(`    goal: ${text}\n`), 'broken.yaml');
    expect(goal('{ steady: { service: OrdersService, count: 3 } }')).toEqual([at('goal', '"steady" is not a goal kind; use one of serviceSteady, targets, event, requests, property, elapsed, all, any, not')]);
    expect(goal('{ elapsed: 3, serviceSteady: { service: OrdersService, count: 3 } }')).toEqual([at('goal', 'a goal has one kind, got elapsed, serviceSteady; combine goals with all: [...] or any: [...]')]);
    expect(goal('{ all: [] }')).toEqual([at('goal.all', '"all" takes a list of at least one goal')]);
    expect(goal('{ targets: { targetGroup: OrdersTargetGroup, state: healthy, count: 2, atLeast: 1 } }')).toEqual([
      at('goal.targets', 'give one of task, count or atLeast, not count and atLeast; with none, every target that is not draining must be healthy'),
    ]);
    expect(goal('{ requests: { path: /orders, status: 200, share: {}, over: 10 } }')).toEqual([at('goal.requests.share', 'give one of atLeast or atMost (a fraction from 0 to 1), e.g. { atLeast: 0.95 }')]);
    expect(goal('{ property: { resource: OrdersTargetGroup, path: healthCheck.path } }')).toEqual([at('goal.property', '"property" needs "equals"')]);
    expect(goal('{ event: { type: task.status, window: [20, 10] } }')).toEqual([at('goal.event.window', 'the window ends (10 s) before it starts (20 s)')]);
    expect(goal('{ any: [{ elapsed: 5 }, { serviceSteady: { service: OrdersService, count: many } }] }')).toEqual([at('goal.any[1].serviceSteady.count', 'expected number, got the string "many"')]);
  });

  it('names resources the scenario does not have, and fields and values an event cannot have', () => {
    const goal = (text: string) => errorsOf(lesson(`    goal: ${text}\n`), 'broken.yaml');
    expect(goal('{ serviceSteady: { service: UsersService, count: 3 } }')).toEqual([at('goal.serviceSteady.service', '"serviceSteady": service "UsersService" does not exist (services: OrdersService)')]);
    expect(goal('{ targets: { targetGroup: OrdersTG, state: healthy, task: UsersService-1 } }')).toEqual([
      at('goal.targets.targetGroup', '"targets": target group "OrdersTG" does not exist (target groups: OrdersTargetGroup)'),
      at('goal.targets.task', '"targets": task "UsersService-1" names no service; task IDs are <service logical ID>-<n>, e.g. "OrdersService-1" (services: OrdersService)'),
    ]);
    expect(goal('{ requests: { listenerPort: 443, status: 5xx, share: { atMost: 0 }, over: 10 } }')).toEqual([at('goal.requests.listenerPort', 'No listener on port 443; the listeners are on 80')]);
    expect(goal('{ property: { resource: OrdersTargetGroup, path: healthCheck.pth, equals: /x } }')).toEqual([
      at('goal.property.path', 'OrdersTargetGroup.healthCheck has no "pth" (keys: protocol, path, port, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, matcher)'),
    ]);
    expect(goal('{ property: { resource: OrdersTG, path: healthCheck.path, equals: / } }')).toEqual([
      at('goal.property.resource', '"property": no resource "OrdersTG" in the scenario (resources: OrdersService, OrdersTargetGroup, HttpListener, Alb, StageCluster, OrdersTaskDef)'),
    ]);
    expect(goal('{ event: { type: target.health, where: { task: OrdersService-1, to: sick, targetGroup: Nope } } }')).toEqual([
      at('goal.event.where.task', 'a target.health event has no field "task"; its fields: targetGroup, target, instance, port, from, to, reason, description'),
      at('goal.event.where.to', 'must be "initial" or "healthy" or "unhealthy" or "draining" or "unused", got "sick"'),
      at('goal.event.where.targetGroup', '"target.health": target group "Nope" does not exist (target groups: OrdersTargetGroup)'),
    ]);
    expect(errorsOf(lesson('    spotlight: [OrdersService, Orchestra, conductor, OrdersService-7]\n'), 'broken.yaml')).toEqual([
      at('spotlight[1]', '"Orchestra" is nothing on the stage: name a logical ID (services: OrdersService), a task ID such as "OrdersService-1", an instance ID, or "audience", "stage-manager", "conductor"'),
    ]);
  });

  it('checks commands with the command registry\'s schemas and the world the earlier commands made', () => {
    expect(errorsOf(lesson('    commands: [{ at: 0, do: crashTask, task: UsersService-1 }, { at: 1, do: crashTask }, { at: 2, do: modifyRule, rule: NoRule, priority: 5 }]\n'), 'broken.yaml')).toEqual([
      at('commands[1]', '"crashTask" needs "task"'),
      at('commands[0].task', '"crashTask": task "UsersService-1" names no service; task IDs are <service logical ID>-<n>, e.g. "OrdersService-1" (services: OrdersService)'),
      at('commands[2]', '"modifyRule": NoRule: RuleNotFound: One or more rules not found'),
    ]);
    expect(errorsOf(lesson('    within: 700000\n'), 'broken.yaml')).toEqual([at('within', '700000 seconds is too late: Simulated time, in seconds (one week), is at most 604,800 (the simulator).')]);
    expect(errorsOf(lesson('    within: 20\n    commands: [{ at: 30, do: crashTask, task: OrdersService-1 }]\n'), 'broken.yaml')).toEqual([
      at('commands[0].at', "30 s after the step started is past the step's time limit (within: 20 s)"),
    ]);
    // A resource an earlier command creates may be named later.
    const spare = '{ id: SpareTargets, name: spare-tg, arn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/spare-tg/0000000000000001", port: 8080, protocol: HTTP, targetType: ip, healthCheck: { protocol: HTTP, path: /, port: traffic-port, intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: "200" }, deregistrationDelaySeconds: 300, algorithm: round_robin }';
    const created = lesson(`    commands: [{ at: 0, do: createTargetGroup, targetGroup: ${spare} }]\n`, TWO + '    goal: { targets: { targetGroup: SpareTargets, state: healthy, count: 0 } }\n');
    expect(loadText(created, 'broken.yaml').ok).toBe(true);
  });

  it('follows the scenario\'s own script: a goal may name what it makes, and the lesson\'s commands are named after it', () => {
    // bad-image.json's script deploys CheckoutTaskRev2 at 60 s; the lesson's own deploy then makes CheckoutTaskRev3.
    const head = HEAD.replace('crash-and-replace.json', 'bad-image.json');
    const image = (resource: string) => `    goal: { property: { resource: ${resource}, path: "containers[0].image", equals: x } }\n`;
    const deployed = '    goal: { property: { resource: CheckoutService, path: taskDefinitionId, equals: CheckoutTaskRev3 } }\n    action: true\n    solution: [{ at: 0, do: deploy, service: CheckoutService, image: "public.ecr.aws/orchestra/checkout:4.3.1" }]\n';
    expect(loadText(head + ONE + image('CheckoutTaskRev2') + TWO + deployed, 'broken.yaml').ok).toBe(true);
    expect(errorsOf(head + ONE + image('CheckoutTaskRev4'), 'broken.yaml')).toEqual([
      at('goal.property.resource', '"property": no resource "CheckoutTaskRev4" in the scenario (resources: CheckoutService, CheckoutTargetGroup, HttpListener, Alb, StageCluster, CheckoutTaskDef)'),
    ]);
  });

  it('checks a prediction: what it observes, its options, and that they fit what it reads', () => {
    const prediction = (observe: string, options: string, extra = '') => errorsOf(lesson(`${extra}    prediction: { question: q, observe: ${observe}, options: ${options}, reason: r }\n`), 'broken.yaml');
    expect(prediction('{ metric: {} }', '[{ value: 1 }, { value: 2 }]')).toEqual([at('prediction.observe', '"metric" is not something a prediction observes; use one of event, request, taskCount')]);
    expect(prediction('{ event: { type: target.health, read: colour } }', '[{ value: 1 }, { value: 2 }]')).toEqual([
      at('prediction.observe.event.read', 'a target.health event has no field "colour"; read "time" or one of targetGroup, target, instance, port, from, to, reason, description'),
    ]);
    expect(prediction('{ taskCount: { service: OrdersService, at: 10 } }', '[{ value: 1 }]')).toEqual([at('prediction.options', 'a question needs at least 2 options')]);
    expect(prediction('{ taskCount: { service: OrdersService, at: 10 } }', '[{ value: 1, range: [1, 2] }, { never: true }]')).toEqual([
      at('prediction.options[0]', 'an option has one of value, in, contains, range or never, not value and range'),
    ]);
    expect(prediction('{ request: { path: /orders, read: rule } }', '{ around: 5, count: 3 }')).toEqual([
      at('prediction.options', 'options { around } are numbers around the answer: they fit an answer that is a number (a time, a count, a status)'),
    ]);
    // A numeric field of an event (a port, a status, a latency) takes ranges; a task ID does not.
    expect(loadText(lesson('    prediction: { question: q, observe: { event: { type: target.health, read: port } }, options: [{ value: 80 }, { range: [32768, 65535] }], reason: r }\n'), 'broken.yaml').ok).toBe(true);
    expect(prediction('{ event: { type: target.health, read: target } }', '[{ value: OrdersService-1 }, { range: [1, 3] }]')).toEqual([
      at('prediction.options[1]', 'a range fits an answer that is a number (a time, a count, a status)'),
    ]);
    expect(prediction('{ request: { path: /orders, read: task } }', '{ each: rule }')).toEqual([at('prediction.options', 'options { each: rule } fit a request observation that reads rule')]);
    expect(prediction('{ taskCount: { service: OrdersService, at: 40 } }', '[{ value: 1 }, { value: 3 }]', '    within: 30\n')).toEqual([
      at('prediction.observe.taskCount.at', "40 s is past the step's time limit (within: 30 s): the answer would never be read"),
    ]);
    expect(prediction('{ event: { type: target.health, read: to } }', '[{ value: healthy }, { value: sick }]')).toEqual([
      at('prediction.options[1].value', 'must be "initial" or "healthy" or "unhealthy" or "draining" or "unused", got "sick"'),
    ]);
    expect(prediction('{ request: { path: /orders, read: task } }', '[{ value: OrdersService-1 }, { in: [WebService-1, 3] }]')).toEqual([
      at('prediction.options[1].in[0]', '"request": task "WebService-1" names no service; task IDs are <service logical ID>-<n>, e.g. "OrdersService-1" (services: OrdersService)'),
      at('prediction.options[1].in[1]', 'a task is its ID, or null for none, got 3'),
    ]);
  });

  it('finds the steps no learner can reach: after a goal that can never be met within its step\'s time limit', () => {
    expect(errorsOf(lesson('    goal: { all: [{ elapsed: 30 }, { not: { elapsed: 20 } }] }\n', TWO, TWO.replace(/two/g, 'three')), 'broken.yaml')).toEqual([
      at('goal', 'this goal can never be met within the step\'s 300 s (within), so the steps after it are unreachable: step 2 "two", step 3 "three"'),
    ]);
    expect(errorsOf(lesson('    within: 60\n    goal: { any: [{ elapsed: 90 }, { event: { type: task.status, window: [61, null] } }, { requests: { status: 200, share: { atLeast: 1 }, over: 75 } }] }\n'), 'broken.yaml')).toEqual([
      at('goal', "this goal can never be met within the step's 60 s (within), so the lesson can never be finished"),
    ]);
    // An event window opening at the limit, or a requests window as long as the step, can still be met.
    expect(loadText(lesson('    within: 60\n    goal: { any: [{ event: { type: task.status, window: [60, null] } }, { requests: { status: 200, share: { atLeast: 1 }, over: 60 } }] }\n', TWO), 'broken.yaml').ok).toBe(true);
  });

  it('checks what a step asks of the learner: action, solution and what is allowed', () => {
    expect(errorsOf(lesson('    goal: { elapsed: 5 }\n    action: true\n'), 'broken.yaml')).toEqual([at('action', 'a step that asks for action needs a goal and a solution (its "show me")')]);
    expect(errorsOf(lesson('    solution: [{ at: 0, do: crashTask, task: OrdersService-1 }]\n'), 'broken.yaml')).toEqual([at('solution', 'only a step that asks for action (action: true) has a solution')]);
    const errors = errorsOf(lesson('    goal: { serviceSteady: { service: OrdersService, count: 3 } }\n    action: true\n    allow: [targetGroup, modifyThings]\n    solution: [{ at: 0, do: stopTask, task: OrdersService-1 }]\n'), 'broken.yaml');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: broken\.yaml: step 1 "one": allow\[1\]: "modifyThings" is neither an editor area \(faults, traffic, service, taskDefinition, targetGroup, listener, rule, cluster, capacity, scaling\) nor a command \(request, crashTask, /);
    expect(errors[1]).toBe(at('solution[0].do', '"stopTask" is not in the step\'s allow list, so the learner could not do it themselves'));
    expect(errorsOf(lesson('', ONE.replace('title: One', 'title: Again')), 'broken.yaml')).toEqual(['error: broken.yaml: step 2 "one": id: "one" is also the ID of step 1: step IDs are unique']);
  });

  it('reports its scenario\'s problems: a bundled file that does not exist, an inline template that does not load', () => {
    expect(errorsOf(HEAD.replace('crash-and-replace.json', 'nowhere.json') + ONE, 'broken.yaml')).toEqual([
      'error: broken.yaml: scenario: "nowhere.json" is not a bundled scenario (bundled: default.json, wrong-health-check-path.json, slow-starter.json, bad-image.json, crash-and-replace.json, big-orchestra.json, no-chairs-left.json, dynamic-ports.json, audience-grows.json); or write the template inline as { template: ... }',
    ]);
    const inline = HEAD.replace('scenario: crash-and-replace.json', 'scenario:\n  template:\n    Resources:\n      Svc: { Type: AWS::ECS::Service, Properties: { Cluster: c } }');
    expect(errorsOf(inline + ONE, 'broken.yaml')).toEqual(['error: broken.yaml: scenario.template: Svc.Properties: needs "TaskDefinition" (a service with the ECS deployment controller runs one task definition)']);
  });
});
