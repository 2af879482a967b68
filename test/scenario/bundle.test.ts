/**
 * Several templates as one scenario (cloudformation.md §6.1, §7.7, §7.8): nested stacks, exports and imports across
 * roots, stand-ins for missing exports, the rename rule, merged settings, parameter values and issues per file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listenerArn } from '../../src/engine/names';
import { loadBundle, loadScenario, type BundleFile, type BundleOptions, type BundleResult, type ScenarioIssue } from '../../src/scenario';
import { baseTemplate, props, resources, type Json } from './helpers';

const BUNDLES = 'public/scenarios/bundles';

function bundleFiles(bundle: string, names: readonly string[]): BundleFile[] {
  return names.map((name) => ({ name, text: readFileSync(`${BUNDLES}/${bundle}/${name}`, 'utf8') }));
}

function ok(files: readonly BundleFile[], options?: BundleOptions): Extract<BundleResult, { ok: true }> {
  const result = loadBundle(files, options);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file ?? ''} ${e.resource} ${e.path}: ${e.message}`).join('\n'));
  return result;
}

/** Issues as "file|resource|path|message". */
const where = (issues: readonly ScenarioIssue[]) => issues.map((i) => `${i.file ?? ''}|${i.resource}|${i.path}|${i.message}`);

const json = (name: string, template: Json): BundleFile => ({ name, text: JSON.stringify(template) });

describe('nested stacks', () => {
  const result = ok(bundleFiles('nested-services', ['platform.yaml', 'service.yaml']));

  it('runs the child once per Stack resource, with the parameters the parent passes', () => {
    expect(result.warnings).toEqual([]);
    expect(result.notSimulated).toEqual([]);
    expect(result.stacks).toEqual({ shop: 'platform.yaml', ShopCatalogStack: 'service.yaml', ShopCartStack: 'service.yaml' });
    expect(result.spec.services.map((s) => [s.id, s.name, s.clusterId, s.taskDefinitionId, s.desiredCount])).toEqual([
      ['ShopCatalogStackService', 'catalog', 'Cluster', 'ShopCatalogStackTaskDefinition', 2],
      ['ShopCartStackService', 'cart', 'Cluster', 'ShopCartStackTaskDefinition', 1],
    ]);
    expect(result.spec.rules.map((r) => [r.id, r.listenerId, r.priority, r.conditions])).toEqual([
      ['ShopCatalogStackRule', 'Listener', 10, [{ field: 'path-pattern', values: ['/catalog*'] }]],
      ['ShopCartStackRule', 'Listener', 20, [{ field: 'path-pattern', values: ['/cart*'] }]],
    ]);
    expect(result.spec.taskDefinitions.map((t) => [t.family, t.containers[0]?.image])).toEqual([
      ['catalog', 'public.ecr.aws/example/catalog:1'], ['cart', 'public.ecr.aws/example/cart:1'],
    ]);
  });

  it('resolves Fn::GetAtt Stack.Outputs.Name to the child output, and renames what both copies share', () => {
    const catalogGroup = result.spec.targetGroups.find((g) => g.id === 'ShopCatalogStackTargetGroup');
    expect(result.outputs.CatalogTargetGroup).toBe(catalogGroup?.arn);
    expect(result.renames.ShopCartStackService).toEqual({ stack: 'ShopCartStack', logicalId: 'Service', file: 'service.yaml' });
    expect(Object.keys(result.renames)).toHaveLength(8);
    expect(result.spec.script).toEqual([{ at: 90, command: { do: 'setDesiredCount', service: 'ShopCartStackService', count: 3 } }]);
  });

  it('reports an output the child does not have, and a TemplateURL that names no file', () => {
    const platform = readFileSync(`${BUNDLES}/nested-services/platform.yaml`, 'utf8')
      .replace('!GetAtt CatalogStack.Outputs.TargetGroupArn', '!GetAtt CatalogStack.Outputs.Nope');
    const bad = loadBundle([{ name: 'platform.yaml', text: platform }, bundleFiles('nested-services', ['service.yaml'])[0]!]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(where(bad.errors)).toEqual(['platform.yaml|Outputs.CatalogTargetGroup|Value.Fn::GetAtt|Template error: nested stack CatalogStack (service.yaml) has no output Nope']);
    // Without the child the script names a service no stack has: the one thing the simulation cannot go on without.
    const alone = loadBundle(bundleFiles('nested-services', ['platform.yaml']));
    expect(alone.ok).toBe(false);
    if (alone.ok) return;
    expect(where(alone.errors)).toEqual([
      'platform.yaml|Metadata.EcsOrchestra|script[0].service|"setDesiredCount": service "ShopCartStackService" does not exist (the template has no simulated service)',
    ]);
    expect(where(alone.warnings)).toEqual([
      'platform.yaml|CatalogStack|Properties.TemplateURL|TemplateURL names no file of this bundle; the nested stack is listed as not simulated (add its template to the files).',
      'platform.yaml|CartStack|Properties.TemplateURL|TemplateURL names no file of this bundle; the nested stack is listed as not simulated (add its template to the files).',
    ]);
  });
});

describe('exports and imports across root templates', () => {
  it('attaches the imported listener and cluster to what the other file built', () => {
    const result = ok(bundleFiles('orders-platform', ['network.yaml', 'orders.yaml']));
    expect(result.warnings).toEqual([]);
    expect(result.renames).toEqual({});
    expect(result.stacks).toEqual({ 'orders-network': 'network.yaml', orders: 'orders.yaml' });
    expect(result.spec.title).toBe('Orders platform (two stacks)');
    expect(result.spec.seed).toBe(7);
    expect(result.spec.rules.map((r) => [r.id, r.listenerId, r.priority])).toEqual([['OrdersRule', 'Listener', 10]]);
    expect(result.spec.services.map((s) => [s.id, s.clusterId, s.desiredCount])).toEqual([['OrdersService', 'Cluster', 2]]);
    expect(result.spec.clusters).toEqual([{ id: 'Cluster', name: 'orders-network-cluster', instances: [] }]);
    expect(result.outputs.ListenerArn).toBe(listenerArn('orders-network-alb', 'LoadBalancer', 'Listener'));
    expect(result.spec.script).toEqual([{ at: 60, command: { do: 'crashTask', task: 'OrdersService-1' } }]);
  });

  it('matches an export named from AWS::StackName to the stack name the importer expects, with a warning', () => {
    const [network, orders] = bundleFiles('orders-platform', ['network.yaml', 'orders.yaml']);
    const renamed = { name: 'network.yaml', text: network!.text.replace('    stackName: orders-network\n', '') };
    const result = ok([renamed, orders!]);
    expect(result.stacks).toEqual({ network: 'network.yaml', orders: 'orders.yaml' });
    expect(result.spec.rules[0]?.listenerId).toBe('Listener');
    expect(result.spec.services[0]?.clusterId).toBe('Cluster');
    expect(where(result.warnings)).toEqual([
      'orders.yaml|OrdersRule|Properties.ListenerArn.Fn::ImportValue|Fn::ImportValue "orders-network-ListenerArn" is taken to be export "network-ListenerArn" of network.yaml (Outputs.ListenerArn), whose name is built from AWS::StackName: the simulator assumes that stack is named "orders-network".',
      'orders.yaml|OrdersService|Properties.Cluster.Fn::ImportValue|Fn::ImportValue "orders-network-ClusterName" is taken to be export "network-ClusterName" of network.yaml (Outputs.ClusterName), whose name is built from AWS::StackName: the simulator assumes that stack is named "orders-network".',
    ]);
  });

  it('stands in an outside listener answering 404 and an empty cluster for exports no file provides', () => {
    const result = ok(bundleFiles('orders-platform', ['orders.yaml']));
    expect(where(result.warnings)).toEqual([
      'orders.yaml|OrdersRule|Properties.ListenerArn.Fn::ImportValue|Fn::ImportValue "orders-network-ListenerArn" is exported by no template in this scenario; the simulator stands in an outside listener on port 80 that answers 404 (OutsideListener).',
      'orders.yaml|OrdersService|Properties.Cluster|Fn::ImportValue "orders-network-ClusterName" is exported by no template in this scenario; the service runs in an implicit cluster.',
    ]);
    expect(result.spec.loadBalancers.map((lb) => [lb.id, lb.name, lb.scheme])).toEqual([['OutsideLoadBalancer', 'outside', 'internet-facing']]);
    expect(result.spec.listeners).toEqual([{
      id: 'OutsideListener', loadBalancerId: 'OutsideLoadBalancer', port: 80, protocol: 'HTTP',
      defaultActions: [{ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'Not Found' }],
    }]);
    expect(result.spec.rules.map((r) => [r.id, r.listenerId, r.priority])).toEqual([['OrdersRule', 'OutsideListener', 10]]);
    expect(result.spec.clusters).toEqual([{ id: 'orders-network-ClusterName', name: 'orders-network-ClusterName', instances: [] }]);
    expect(result.spec.services[0]?.clusterId).toBe('orders-network-ClusterName');
  });
});

/** The helpers' Fargate template as a stack of its own, with a script and a title. */
function stack(title: string, script: Json[], extra: Json = {}): Json {
  const template = baseTemplate();
  template.Metadata = { EcsOrchestra: { title, script, ...extra } };
  template.Outputs = { Url: { Value: { 'Fn::Sub': 'http://${Alb.DNSName}/' } } };
  return template;
}

describe('logical IDs two stacks share', () => {
  const orders = stack('Orders', [{ at: 30, do: 'crashTask', task: 'WebService-1' }, { at: 10, do: 'setDesiredCount', service: 'WebService', count: 3 }], { seed: 5 });
  const users = stack('Users', [{ at: 10, do: 'stopTask', task: 'WebService-2' }, { at: 5, do: 'forceNewDeployment', service: 'WebService' }], { summary: 'From users' });
  props(users, 'Listener').Port = 8080;
  props(users, 'Listener').Colour = 'blue';
  const result = ok([json('orders-stack.json', orders), json('users-stack.json', users)]);

  it('become the stack name and the logical ID run together, references and script included', () => {
    expect(result.spec.listeners.map((l) => [l.id, l.loadBalancerId, l.port])).toEqual([
      ['OrdersStackListener', 'OrdersStackAlb', 80], ['UsersStackListener', 'UsersStackAlb', 8080],
    ]);
    expect(result.spec.services.map((s) => [s.id, s.clusterId, s.taskDefinitionId, s.loadBalancers[0]?.targetGroupId])).toEqual([
      ['OrdersStackWebService', 'OrdersStackCluster', 'OrdersStackWebTaskDef', 'OrdersStackWebTargets'],
      ['UsersStackWebService', 'UsersStackCluster', 'UsersStackWebTaskDef', 'UsersStackWebTargets'],
    ]);
    expect(result.renames.OrdersStackListener).toEqual({ stack: 'orders-stack', logicalId: 'Listener', file: 'orders-stack.json' });
    expect(Object.keys(result.renames)).toHaveLength(12);
    expect(result.outputs['orders-stack.Url']).toMatch(/^http:\/\/ordersstackalb-/);
    expect(result.outputs['users-stack.Url']).toMatch(/^http:\/\/usersstackalb-/);
  });

  it('merge settings from the first file that gives each (a conflict warns) and scripts by time, file order on ties', () => {
    expect(result.spec.title).toBe('Orders');
    expect(result.spec.summary).toBe('From users');
    expect(result.spec.seed).toBe(5);
    expect(result.spec.script).toEqual([
      { at: 5, command: { do: 'forceNewDeployment', service: 'UsersStackWebService' } },
      { at: 10, command: { do: 'setDesiredCount', service: 'OrdersStackWebService', count: 3 } },
      { at: 10, command: { do: 'stopTask', task: 'UsersStackWebService-2' } },
      { at: 30, command: { do: 'crashTask', task: 'OrdersStackWebService-1' } },
    ]);
    expect(where(result.warnings)).toEqual([
      "users-stack.json|Metadata.EcsOrchestra|title|title differs from the one in orders-stack.json; the first file's value is used.",
      'users-stack.json|Listener|Properties.Colour|Encountered unsupported property Colour; the simulator ignores it.',
    ]);
  });

  it('report checks of the merged world with the file and the place written there', () => {
    const bad = stack('Bad', [{ at: 1, do: 'crashTask', task: 'WebService-1' }, { at: 0, do: 'crashTask', task: 'Nobody-1' }]);
    props(bad, 'WebTargets').HealthCheckIntervalSeconds = 5;
    props(bad, 'WebTargets').HealthCheckTimeoutSeconds = 5;
    const failed = loadBundle([json('orders-stack.json', orders), json('bad.json', bad)]);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(where(failed.errors)).toEqual([
      expect.stringMatching(/^bad\.json\|Metadata\.EcsOrchestra\|script\[1\]\.task\|"crashTask": task "Nobody-1" names no service/),
      "bad.json|WebTargets|Properties.HealthCheckTimeoutSeconds|Health check timeout '5' must be smaller than the interval '5'",
    ]);
  });
});

describe('parameter values and rule priorities in a bundle', () => {
  function withParameters(): Json {
    const template = baseTemplate();
    template.Parameters = { EnvName: { Type: 'String', Default: 'dev' }, Count: { Type: 'Number', Default: 1 } };
    template.Metadata = { EcsOrchestra: { parameters: { EnvName: 'staging', Count: 2 } } };
    props(template, 'WebService').DesiredCount = { Ref: 'Count' };
    resources(template).Cluster = { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: { 'Fn::Sub': '${EnvName}-cluster' } } };
    return template;
  }

  it('gives the parameter file to every root that declares the key, over Metadata and Default; an unknown key warns', () => {
    const other = stack('Other', []);
    const result = ok([json('a.json', withParameters()), json('b.json', other)], { parameters: { EnvName: 'prod', Nobody: 'x' }, parameterWarningsFor: 'p.json' });
    expect(result.spec.clusters.map((c) => [c.id, c.name])).toEqual([['ACluster', 'prod-cluster'], ['BCluster', 'BCluster']]);
    expect(result.spec.services.map((s) => s.desiredCount)).toEqual([2, 2]);
    expect(where(result.warnings)).toEqual(['p.json|Parameters|Nobody|Parameter Nobody is declared by no root template of this scenario; its value is not used.']);
  });

  it('numbers rules whose priority cannot be resolved after the highest on their listener, in declaration order, with a warning', () => {
    const template = baseTemplate();
    const rule = (priority: unknown, path: string): Json => ({
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: { Ref: 'Listener' }, Priority: priority,
        Conditions: [{ Field: 'path-pattern', Values: [path] }], Actions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }],
      },
    });
    Object.assign(resources(template), {
      Imported: rule({ 'Fn::ImportValue': 'shared-priority' }, '/a'),
      Five: rule(5, '/b'),
      Custom: rule({ 'Fn::GetAtt': ['PriorityFn', 'Priority'] }, '/c'),
      Three: rule('3', '/d'),
      PriorityFn: { Type: 'Custom::RulePriority', Properties: { ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:p' } },
    });
    const result = ok([json('rules.json', template)]);
    expect(result.spec.rules.map((r) => [r.id, r.priority])).toEqual([['Imported', 6], ['Five', 5], ['Custom', 7], ['Three', 3]]);
    expect(where(result.warnings)).toEqual([
      'rules.json|Imported|Properties.Priority|Fn::ImportValue "shared-priority" is exported by no template in this scenario; the simulator gives the rule priority 6 (declaration order).',
      'rules.json|Custom|Properties.Priority|Fn::GetAtt PriorityFn.Priority is computed by Custom::RulePriority, which the simulator does not run; the simulator gives the rule priority 7 (declaration order).',
    ]);
  });

  it('never throws, and names the file of a syntax error', () => {
    const result = loadBundle([{ name: 'a.yaml', text: 'Resources: [1' }, { name: 'b.json', text: '{' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => `${e.file ?? ''}|${e.message}`)).toEqual([
        'a.yaml|Invalid YAML at line 1, column 14: unexpected end of the stream within a flow collection',
        'b.json|Invalid JSON at line 1, column 2: Unexpected end of input; expected a property name in double quotes',
      ]);
    }
  });
});

describe('a single template is a bundle of one (issue 9)', () => {
  const scenarios = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string }[];

  it('loads to the same spec, warnings and outputs alone as in a bundle of one, for every bundled scenario', () => {
    expect(scenarios.length).toBeGreaterThan(5);
    for (const { file } of scenarios) {
      const text = readFileSync(`public/scenarios/${file}`, 'utf8');
      const alone = loadScenario(text, { fileName: file });
      const bundled = ok([{ name: file, text }]);
      if (!alone.ok) throw new Error(`${file} did not load`);
      expect(bundled.spec, file).toEqual(alone.spec);
      expect(bundled.outputs, file).toEqual(alone.outputs);
      expect(bundled.notSimulated, file).toEqual(alone.notSimulated);
      // The same issues; only the bundle names the file.
      expect(bundled.warnings, file).toEqual(alone.warnings.map((issue) => ({ ...issue, file })));
    }
  });

  it('but a lone template reads imports as other stacks\' exports it cannot see, where a bundle stands in for them', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = { 'Fn::ImportValue': 'other-stack-count' };
    const text = JSON.stringify(template);
    const alone = loadScenario(text, { fileName: 'web.json' });
    if (!alone.ok) throw new Error('web.json did not load');
    expect(where(alone.warnings)).toEqual([
      '|WebService|Properties.DesiredCount|Fn::ImportValue "other-stack-count" is another stack\'s export, which a single template cannot resolve; the simulator uses 1.',
    ]);
    expect(where(ok([{ name: 'web.json', text }]).warnings)).toEqual([
      'web.json|WebService|Properties.DesiredCount|Fn::ImportValue "other-stack-count" is exported by no template in this scenario; the simulator uses 1.',
    ]);
  });
});
