/**
 * Real templates, as they are found (issue 14): one bundled test template per shape the loader must read as
 * CloudFormation would, each simulated to show its services at their desired counts and traffic answered 200 where
 * AWS would answer it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type RequestCompletedEvent, type ScenarioSpec } from '../../src/engine';
import { loadBundle, loadScenario, parseParameterFile, type BundleOptions, type ScenarioIssue } from '../../src/scenario';

const SHAPES = 'test/scenario/fixtures/shapes';

function files(shape: string, names: readonly string[]): { name: string; text: string }[] {
  return names.map((name) => ({ name, text: readFileSync(`${SHAPES}/${shape}/${name}`, 'utf8') }));
}

const where = (issues: readonly ScenarioIssue[]): string[] =>
  issues.map((i) => `${i.file ?? ''}${i.stack === undefined ? '' : ` (stack ${i.stack})`}|${i.resource}|${i.path}|${i.message}`);

function load(shape: string, names: readonly string[], options?: BundleOptions) {
  const result = loadBundle(files(shape, names), options);
  if (!result.ok) throw new Error(where(result.errors).join('\n'));
  return result;
}

interface Outcome {
  /** Per service: its desired count and the tasks RUNNING at the end. */
  readonly services: Record<string, { desired: number; running: number }>;
  /** Status counts of requests completed in the last 30 s. */
  readonly lateStatuses: Record<number, number>;
  readonly requests: readonly RequestCompletedEvent[];
}

/** Runs the world `seconds` long and reads what the learner would see at the end. */
export function outcome(spec: ScenarioSpec, seconds = 120): Outcome {
  const sim = createSimulation(spec);
  const requests: RequestCompletedEvent[] = [];
  sim.subscribe((e) => { if (e.type === 'request.completed') requests.push(e); }, { requests: true });
  sim.runUntil(seconds * 1000);
  const snapshot = sim.snapshot();
  const services: Outcome['services'] = {};
  for (const service of spec.services) {
    const running = snapshot.tasks.filter((t) => t.serviceId === service.id && t.lastStatus === 'RUNNING').length;
    services[service.id] = { desired: sim.world().services.find((s) => s.id === service.id)?.desiredCount ?? -1, running };
  }
  const lateStatuses: Record<number, number> = {};
  for (const r of requests) if (r.t >= (seconds - 30) * 1000) lateStatuses[r.status] = (lateStatuses[r.status] ?? 0) + 1;
  return { services, lateStatuses, requests };
}

describe('nested stacks resolved as CloudFormation resolves them', () => {
  it('evaluates a TemplateURL built from a bucket and key prefix (Fn::Sub, Fn::Join, Fn::If), skips a false-condition stack, and passes the parent\'s values', () => {
    const result = load('nested-prefix', ['master.yaml', 'infrastructure/load-balancer.yaml', 'services/fargate/service.yaml', 'services/ec2/service.yaml']);
    expect(where(result.warnings)).toEqual([]);
    expect(result.stacks).toEqual({
      master: 'master.yaml', MasterLoadBalancerStack: 'infrastructure/load-balancer.yaml', MasterServiceStack: 'services/fargate/service.yaml',
    });
    expect(result.spec.services.map((s) => [s.id, s.clusterId, s.desiredCount, s.launchType])).toEqual([['Service', 'Cluster', 3, 'FARGATE']]);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ Service: { desired: 3, running: 3 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });

  it('takes the other branch of Fn::If when the parameter file says EC2', () => {
    const result = load('nested-prefix', ['master.yaml', 'infrastructure/load-balancer.yaml', 'services/fargate/service.yaml', 'services/ec2/service.yaml'], { parameters: { LaunchType: 'EC2' } });
    expect(result.stacks.MasterServiceStack).toBe('services/ec2/service.yaml');
    expect(result.spec.taskDefinitions.map((t) => t.family)).toEqual(['web-ec2']);
    expect(outcome(result.spec).services).toEqual({ Service: { desired: 3, running: 3 } });
  });

  it('runs two children with one base name as two stacks, each found by its folder', () => {
    const result = load('same-base', ['platform.yaml', 'services/catalog/service.yaml', 'services/cart/service.yaml']);
    expect(where(result.warnings)).toEqual([]);
    expect(result.stacks).toEqual({ platform: 'platform.yaml', PlatformCatalogStack: 'services/catalog/service.yaml', PlatformCartStack: 'services/cart/service.yaml' });
    expect(result.spec.services.map((s) => [s.id, s.name, s.desiredCount])).toEqual([['PlatformCatalogStackService', 'catalog', 2], ['PlatformCartStackService', 'cart', 1]]);
    const run = outcome({ ...result.spec, traffic: { rate: 10, mix: [{ path: '/catalog/items' }, { path: '/cart' }] } });
    expect(run.services).toEqual({ PlatformCatalogStackService: { desired: 2, running: 2 }, PlatformCartStackService: { desired: 1, running: 1 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
    const late = run.requests.filter((r) => r.t >= 90_000);
    expect(new Set(late.filter((r) => r.path === '/cart').map((r) => r.targetGroup))).toEqual(new Set(['PlatformCartStackTargetGroup']));
  });
});

describe('exports and imports without loops', () => {
  it('does not take an export for the import its own value makes, when the names share a pattern', () => {
    const result = load('self-export', ['network.yaml', 'service.yaml']);
    expect(where(result.warnings)).toEqual([]);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });
});

describe('parameter files per stack', () => {
  it('gives each stack the values given for it by stack or file name, and the shared ones to every stack that declares them', () => {
    const parsed = parseParameterFile(readFileSync(`${SHAPES}/per-stack-params/parameters.json`, 'utf8'), 'parameters.json');
    if (!parsed.ok) throw new Error('parameter file');
    expect(parsed.stacks).toEqual({
      api: { DesiredCount: '3', PathPattern: '/api*', Priority: '10' },
      'web.yaml': { DesiredCount: '2', Priority: '20' },
    });
    const result = load('per-stack-params', ['network.yaml', 'api.yaml', 'web.yaml'], { parameters: parsed.parameters, stackParameters: parsed.stacks, parameterWarningsFor: 'parameters.json' });
    expect(where(result.warnings)).toEqual([]);
    expect(result.spec.rules.map((r) => [r.id, r.priority, r.conditions])).toEqual([
      ['ApiRule', 10, [{ field: 'path-pattern', values: ['/api*'] }]],
      ['WebRule', 20, [{ field: 'path-pattern', values: ['/*'] }]],
    ]);
    const run = outcome({ ...result.spec, traffic: { rate: 10, mix: [{ path: '/api/orders' }, { path: '/' }] } });
    expect(run.services).toEqual({ ApiService: { desired: 3, running: 3 }, WebService: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });

  it('warns about a value for a key the named stack does not declare, and about a name no stack has', () => {
    const result = load('per-stack-params', ['network.yaml', 'api.yaml', 'web.yaml'], {
      parameters: { NetworkStackName: 'network' },
      stackParameters: { network: { DesiredCount: '5' }, orders: { DesiredCount: '2' }, web: { Priority: '20' } },
      parameterWarningsFor: 'parameters.json',
    });
    expect(where(result.warnings)).toEqual([
      'parameters.json|Parameters|DesiredCount|Parameter DesiredCount is given for network, whose template does not declare it; its value is not used.',
      'parameters.json|Parameters|orders|Parameters are given for orders, which is no stack or file of this scenario; they are not used.',
    ]);
    expect(result.spec.services.map((s) => s.desiredCount)).toEqual([1, 1]);
  });
});

describe('values the simulator cannot compute are warnings with a fallback', () => {
  it('runs a desired count from a custom resource as 1', () => {
    const result = loadScenario(readFileSync(`${SHAPES}/custom-count/service.yaml`, 'utf8'), { fileName: 'service.yaml' });
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toEqual([
      '|Service|Properties.DesiredCount|Fn::GetAtt CountLookup.Value is a value of custom resource CountLookup (Custom::DesiredCount), which the simulator does not run; the simulator uses 1.',
    ]);
    expect(result.notSimulated).toEqual([{ logicalId: 'CountLookup', type: 'Custom::DesiredCount' }]);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ Service: { desired: 1, running: 1 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });

  it('names a task definition made by a custom resource, and lists its service as not simulated', () => {
    const text = readFileSync(`${SHAPES}/custom-count/service.yaml`, 'utf8').replace('TaskDefinition: !Ref TaskDefinition', 'TaskDefinition: !GetAtt CountLookup.TaskDefinitionArn');
    const result = loadScenario(text, { fileName: 'service.yaml' });
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toContain(
      '|Service|Properties.TaskDefinition|Fn::GetAtt CountLookup.TaskDefinitionArn is a value of custom resource CountLookup (Custom::DesiredCount), which the simulator does not run; the task definition is made by a custom resource, so the service is listed as not simulated.',
    );
    expect(result.notSimulated.map((r) => r.logicalId)).toEqual(['CountLookup', 'Service']);
  });

  it('accepts DependsOn on a resource a SAM transform creates, with a note', () => {
    const result = loadScenario(readFileSync(`${SHAPES}/sam-depends-on/service.yaml`, 'utf8'), { fileName: 'service.yaml' });
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toEqual([
      '|Transform||Transform AWS::Serverless-2016-10-31 is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.',
      '|Service|DependsOn[1]|DependsOn HookFunctionRole names no resource of this template; the Transform AWS::Serverless-2016-10-31 may create it, so the dependency is accepted and the simulator ignores it.',
    ]);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });
});

describe('blue/green said plainly', () => {
  it('runs a CODE_DEPLOY service with the rolling controller and says so', () => {
    const result = loadScenario(readFileSync(`${SHAPES}/code-deploy/service.yaml`, 'utf8'), { fileName: 'service.yaml' });
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toEqual([
      '|Service|Properties.DeploymentController|Blue/green deployments (CODE_DEPLOY) are not simulated yet: the service runs its task definition with the rolling (ECS) controller.',
    ]);
    const run = outcome({ ...result.spec, traffic: { rate: 10, mix: [{ listenerPort: 80 }] } });
    expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });

  it('runs a world of task sets on its primary task set\'s task definition', () => {
    const result = loadScenario(readFileSync(`${SHAPES}/task-sets/service.yaml`, 'utf8'), { fileName: 'service.yaml' });
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toEqual([
      '|Transform||Transform AWS::CodeDeployBlueGreen is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.',
      '|Service|Properties.DeploymentController|Blue/green deployments (EXTERNAL) are not simulated yet: the service runs its task definition with the rolling (ECS) controller (the task definition of task set TaskSet).',
    ]);
    expect(result.spec.services.map((s) => [s.taskDefinitionId, s.launchType, s.loadBalancers.map((lb) => lb.targetGroupId)])).toEqual([['TaskDefinition', 'FARGATE', ['BlueTargetGroup']]]);
    const run = outcome({ ...result.spec, traffic: { rate: 10, mix: [{ listenerPort: 80 }] } });
    expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });
});

describe('a string parameter that names a listener or cluster by ARN or name', () => {
  const parameters = parseParameterFile(readFileSync(`${SHAPES}/arn-parameters/parameters.json`, 'utf8'));
  const values = parameters.ok ? parameters.parameters : {};

  it('links to the listener and cluster the bundle defines, whatever account and Region the ARN was written in', () => {
    const result = load('arn-parameters', ['cluster.yaml', 'service.yaml'], { parameters: values });
    expect(where(result.warnings)).toEqual([]);
    expect(result.spec.rules.map((r) => r.listenerId)).toEqual(['Listener']);
    expect(result.spec.services.map((s) => s.clusterId)).toEqual(['Cluster']);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
  });

  it('stands in a listener and a cluster with a warning when the bundle does not define them, with one file or several', () => {
    const alone = loadScenario(readFileSync(`${SHAPES}/arn-parameters/service.yaml`, 'utf8'), { fileName: 'service.yaml', parameters: values });
    if (!alone.ok) throw new Error(where(alone.errors).join('\n'));
    const bundled = load('arn-parameters', ['service.yaml'], { parameters: values });
    const expected = [
      'Rule|Properties.ListenerArn|ListenerArn "arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/shop-alb/50dc6c495c0c9188/f2f7dc8efc522ab2" names no listener of this scenario; the simulator stands in an outside listener on port 80 that answers 404 (OutsideListener).',
      'Service|Properties.Cluster|Cluster "shop" is not a cluster of this template; the simulator adds an implicit cluster named "shop".',
    ];
    expect(where(alone.warnings)).toEqual(expected.map((w) => `|${w}`));
    expect(where(bundled.warnings)).toEqual(expected.map((w) => `service.yaml|${w}`));
    for (const result of [alone, bundled]) {
      expect(result.spec.rules.map((r) => r.listenerId)).toEqual(['OutsideListener']);
      const run = outcome(result.spec);
      expect(run.services).toEqual({ Service: { desired: 2, running: 2 } });
      expect(Object.keys(run.lateStatuses)).toEqual(['200']);
    }
  });
});

describe('messages with the stack\'s name', () => {
  it('names the stacks of a template nested twice, and prints a problem both copies share once', () => {
    const bundle = 'public/scenarios/bundles/nested-services';
    const service = readFileSync(`${bundle}/service.yaml`, 'utf8').replace('Type: AWS::ECS::Service\n', 'Type: AWS::ECS::Service\n    UpdatePolicy: {}\n    Colour: blue\n');
    const result = loadBundle([{ name: 'platform.yaml', text: readFileSync(`${bundle}/platform.yaml`, 'utf8') }, { name: 'service.yaml', text: service }]);
    if (!result.ok) throw new Error(where(result.errors).join('\n'));
    expect(where(result.warnings)).toEqual([
      "service.yaml (stack ShopCatalogStack, ShopCartStack)|Service|Colour|Invalid template resource property 'Colour'; the simulator ignores it.",
    ]);
  });
});

describe('several load balancers', () => {
  const result = loadScenario(readFileSync(`${SHAPES}/two-load-balancers/service.yaml`, 'utf8'), { fileName: 'service.yaml' });
  if (!result.ok) throw new Error(where(result.errors).join('\n'));
  const [publicLb, internalLb] = result.spec.loadBalancers;

  it('gives each load balancer its own DNS name, and the default traffic reaches both listeners on port 80', () => {
    expect(result.spec.loadBalancers.map((lb) => [lb.id, lb.dnsName])).toEqual([
      ['PublicLoadBalancer', publicLb?.dnsName], ['InternalLoadBalancer', internalLb?.dnsName],
    ]);
    expect(publicLb?.dnsName).toMatch(/^shop-public-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(internalLb?.dnsName).toMatch(/^internal-shop-internal-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(result.spec.traffic?.mix).toEqual([
      { path: '/', listenerPort: 80 },
      { path: '/', listenerPort: 80, loadBalancer: 'InternalLoadBalancer' },
    ]);
    const run = outcome(result.spec);
    expect(run.services).toEqual({ WebService: { desired: 2, running: 2 }, ApiService: { desired: 2, running: 2 } });
    expect(Object.keys(run.lateStatuses)).toEqual(['200']);
    const late = run.requests.filter((r) => r.t >= 90_000);
    expect(new Set(late.map((r) => r.listener))).toEqual(new Set(['WebListener', 'ApiListener']));
  });

  it('addresses a request by the DNS name in its Host', () => {
    const run = outcome({ ...result.spec, traffic: { rate: 10, mix: [{ host: internalLb?.dnsName ?? '' }, { host: (publicLb?.dnsName ?? '').toUpperCase() }] } });
    const late = run.requests.filter((r) => r.t >= 90_000);
    expect(late.filter((r) => r.host === internalLb?.dnsName).every((r) => r.targetGroup === 'ApiTargetGroup')).toBe(true);
    expect(late.filter((r) => r.host !== internalLb?.dnsName).every((r) => r.targetGroup === 'WebTargetGroup')).toBe(true);
    expect(late.length).toBeGreaterThan(200);
  });
});
