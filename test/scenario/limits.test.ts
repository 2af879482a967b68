/**
 * Input that would stall a run or the loader is refused, quickly, with the limit's name and the place: AWS's quotas
 * where AWS has them (src/engine/limits.ts), the simulator's own elsewhere. Every case here used to hang, run out
 * of stack or load silently.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/engine/limits';
import { loadBundle } from '../../src/scenario';
import { baseTemplate, ec2Template, lines, loadErrors, loadOk, props, resources, type Json } from './helpers';

/** Loads (or refuses) within this many milliseconds on the project's busy 2-core machine. */
const QUICK_MS = 3000;

function timedErrors(input: unknown): string[] {
  const started = Date.now();
  const errors = lines(loadErrors(input));
  expect(Date.now() - started).toBeLessThan(QUICK_MS);
  return errors;
}

function settings(template: Json): Json {
  const metadata = (template.Metadata ??= {}) as Json;
  return (metadata.EcsOrchestra ??= {}) as Json;
}

function container(template: Json): Json {
  return (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
}

describe("AWS's quotas", () => {
  it('DesiredCount 100,000 is refused at the service: 5,000 tasks per service', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = 100_000;
    expect(timedErrors(template)).toContain(
      'WebService|Properties.DesiredCount|DesiredCount 100000 is out of range: Tasks per service is at most 5,000 (Amazon ECS service quotas).',
    );
    props(template, 'WebService').DesiredCount = 5000;
    const atLimit = lines(loadErrors(template));
    // 5,000 is allowed as a desired count; it is the target group (1,000 targets) that cannot hold them.
    expect(atLimit).toEqual([
      'WebService|Properties.LoadBalancers[0].TargetGroupArn|Target group WebTargets would hold 5000 targets at the desired counts of the services that register in it: Targets per target group is at most 1,000 (Application Load Balancer quotas).',
    ]);
  });

  it('two services registering 1,100 tasks in one target group are refused once, at the one that passes 1,000', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = 600;
    resources(template).OtherService = JSON.parse(JSON.stringify(resources(template).WebService)) as Json;
    props(template, 'OtherService').DesiredCount = 500;
    expect(timedErrors(template)).toEqual([
      'OtherService|Properties.LoadBalancers[0].TargetGroupArn|Target group WebTargets would hold 1100 targets at the desired counts of the services that register in it: Targets per target group is at most 1,000 (Application Load Balancer quotas).',
    ]);
    props(template, 'OtherService').DesiredCount = 400;
    expect(loadOk(template).spec.services.map((s) => s.desiredCount)).toEqual([600, 400]);
  });

  it('10,000 services in one template are refused before any is read, in CloudFormation words', () => {
    const template = baseTemplate();
    for (let n = 0; n < 10_000; n++) resources(template)[`Extra${n}`] = resources(template).WebService;
    expect(timedErrors(template)).toEqual(['Resources||Template format error: Number of resources, 10006, is greater than maximum allowed, 500']);
  });

  it('more than 5,000 services in one cluster, from a bundle of templates, are refused once at the cluster', () => {
    const cluster = { Resources: { Shared: { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: 'shared' } } } };
    const files = [{ name: 'cluster.json', text: JSON.stringify(cluster) }];
    // Eleven stacks of 460 services, under CloudFormation's 500 resources each, all naming the one cluster.
    for (let f = 0; f < 11; f++) {
      const stack: Json = { Td: { Type: 'AWS::ECS::TaskDefinition', Properties: props(baseTemplate(), 'WebTaskDef') } };
      for (let n = 0; n < 460; n++) {
        stack[`S${f}x${n}`] = {
          Type: 'AWS::ECS::Service',
          Properties: { Cluster: 'shared', TaskDefinition: { Ref: 'Td' }, DesiredCount: 0, LaunchType: 'FARGATE', NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['s'] } } },
        };
      }
      files.push({ name: `services${f}.json`, text: JSON.stringify({ Resources: stack }) });
    }
    const started = Date.now();
    const result = loadBundle(files);
    expect(Date.now() - started).toBeLessThan(QUICK_MS * 5);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.filter((e) => e.message.includes('Services per cluster'));
    expect(errors.map((e) => `${e.resource}|${e.path}|${e.message}`)).toEqual([
      'S10x400|Properties.Cluster|Cluster Shared has more than 5000 services: Services per cluster is at most 5,000 (Amazon ECS service quotas).',
    ]);
  });

  it('a cluster of 1,000,000 instances is refused at Metadata.EcsOrchestra.instances, not with a stack overflow', () => {
    const template = ec2Template();
    (resources(template).Cluster as Json).Metadata = { EcsOrchestra: { instances: 1_000_000 } };
    expect(timedErrors(template)).toEqual([
      'Cluster|Metadata.EcsOrchestra.instances|1000000 instances is too many: Container instances per cluster is at most 5,000 (Amazon ECS service quotas)',
    ]);
  });

  it('an Auto Scaling group of 6,000, or 3,000 from a group and 3,000 from Metadata, is more than a cluster registers', () => {
    const template = ec2Template();
    resources(template).Lt = { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { InstanceType: 't3.medium', ImageId: 'ami-1' } } };
    resources(template).Asg = {
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      Properties: { MinSize: '0', MaxSize: '10000', DesiredCapacity: '6000', LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } },
    };
    expect(timedErrors(template)).toContain(
      'Asg|Properties.DesiredCapacity|6000 instances is too many: Container instances per cluster is at most 5,000 (Amazon ECS service quotas).',
    );
    props(template, 'Asg').DesiredCapacity = '3000';
    (resources(template).Cluster as Json).Metadata = { EcsOrchestra: { instances: 3000 } };
    expect(timedErrors(template)).toContain(
      'Cluster||The cluster would register 6000 container instances (3000 from Asg, 3000 from Metadata.EcsOrchestra): Container instances per cluster is at most 5,000 (Amazon ECS service quotas).',
    );
  });
});

describe("the simulator's own limits", () => {
  it('traffic.rate 1e9 is refused with the limit, in a template and in a script', () => {
    const template = baseTemplate();
    settings(template).traffic = { rate: 1e9 };
    expect(timedErrors(template)).toEqual([
      `Metadata.EcsOrchestra|traffic.rate|1000000000 requests per second is too many: Traffic rate, in requests per second, is at most ${LIMITS.trafficRate.value.toLocaleString('en-US')} (the simulator).`,
    ]);
    settings(template).traffic = { rate: 10 };
    settings(template).script = [{ at: 5, do: 'setTraffic', rate: 1e9 }, { at: 6, do: 'setDesiredCount', service: 'WebService', count: 100_000 }];
    expect(timedErrors(template)).toEqual([
      `Metadata.EcsOrchestra|script[0].rate|1000000000 requests per second is too many: Traffic rate, in requests per second, is at most ${LIMITS.trafficRate.value.toLocaleString('en-US')} (the simulator).`,
      'Metadata.EcsOrchestra|script[1].count|100000 tasks is too many: Tasks per service is at most 5,000 (Amazon ECS service quotas).',
    ]);
  });

  it('a script longer than 20,000 entries, or one acting after a week, is refused', () => {
    const template = baseTemplate();
    settings(template).script = Array.from({ length: 20_001 }, () => ({ at: 1, do: 'request' }));
    expect(timedErrors(template)).toEqual([
      'Metadata.EcsOrchestra|script|20001 entries is too many: Script entries is at most 20,000 (the simulator).',
    ]);
    settings(template).script = [{ at: 604_801, do: 'request' }];
    expect(timedErrors(template)).toEqual([
      'Metadata.EcsOrchestra|script[0].at|604801 seconds is too late: Simulated time, in seconds (one week), is at most 604,800 (the simulator).',
    ]);
  });

  it('a template over 1 MB is not parsed', () => {
    const text = JSON.stringify({ ...baseTemplate(), Description: 'x'.repeat(1024 * 1024) });
    expect(timedErrors(text)).toEqual([
      `Template||The file is ${(text.length).toLocaleString('en-US')} bytes: Template body size, in bytes, is at most 1,048,576 (CloudFormation quotas).`,
    ]);
  });

  it('a 4 KB YAML alias bomb used inside a resource is refused before it expands, naming the limit and the place', () => {
    const anchors = ['    a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 8; i++) anchors.push(`    a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const text = ['Metadata:', '  Notes:', '    keep: true', 'Resources:', '  Anchors:', '    Type: AWS::CloudFormation::WaitConditionHandle', '    Metadata:', ...anchors.map((a) => `    ${a}`),
      '  Cluster:', '    Type: AWS::ECS::Cluster', '    Properties:', '      Tags: *a8', ''].join('\n');
    expect(text.length).toBeLessThan(4096);
    expect(timedErrors(text)).toEqual([
      'Anchors|Metadata.a5[1]|With its aliases expanded the document holds more than 200,000 values (each use of an alias repeats its whole anchor): Values after YAML aliases are expanded is at most 200,000 (the simulator).',
    ]);
  });

  it('nesting 20,000 deep is refused with the place, in JSON and in YAML, not "Maximum call stack size exceeded"', () => {
    const json = JSON.stringify(baseTemplate()).replace('"Family":"web"', `"Family":"web","Tags":${'['.repeat(20_000)}1${']'.repeat(20_000)}`);
    expect(timedErrors(json)).toEqual([
      'WebTaskDef|Properties.Tags[0][0][0][0][0][0][0][0][0][0]...|Objects and lists nest more than 100 deep here: Nesting depth of objects and lists is at most 100 (the simulator).',
    ]);
    const yaml = `Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      Tags: ${'['.repeat(20_000)}1${']'.repeat(20_000)}\n`;
    const [error] = timedErrors(yaml);
    expect(error).toBe('Template||Invalid YAML at line 5, column 109: objects and lists nest more than 100 deep here: Nesting depth of objects and lists is at most 100 (the simulator)');
    const parsed = baseTemplate();
    let deep: unknown = 1;
    for (let i = 0; i < 150; i++) deep = [deep];
    props(parsed, 'WebTaskDef').Tags = deep;
    expect(timedErrors(parsed)).toEqual([
      'WebTaskDef|Properties.Tags[0][0][0][0][0][0][0][0][0][0]...|Objects and lists nest more than 100 deep here: Nesting depth of objects and lists is at most 100 (the simulator).',
    ]);
  });
});

describe('numbers are finite and in range', () => {
  it('seed 4294967296 has one message; NaN and Infinity say so instead of "got number null"', () => {
    const template = baseTemplate();
    settings(template).seed = 4294967296;
    expect(lines(loadErrors(template))).toEqual([
      'Metadata.EcsOrchestra|seed|seed 4294967296 is out of range: a seed is a whole number from 0 to 4294967295 (32 bits)',
    ]);
    const yaml = 'Metadata:\n  EcsOrchestra:\n    seed: .nan\n    traffic:\n      rate: .inf\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n';
    expect(lines(loadErrors(yaml))).toEqual([
      'Metadata.EcsOrchestra|seed|expected a finite number, got NaN',
      'Metadata.EcsOrchestra|traffic.rate|expected a finite number, got Infinity',
    ]);
    const json = JSON.stringify(baseTemplate()).replace('"DesiredCount":2', '"DesiredCount":1e999');
    expect(lines(loadErrors(json))).toEqual(['WebService|Properties.DesiredCount|expected type: Integer, found: Number Infinity']);
  });
});

describe('AWS ranges where they are given', () => {
  it('ContainerPort 70000 is refused at the port mapping, used by a load balancer or not', () => {
    const template = baseTemplate();
    (container(template).PortMappings as Json[])[0] = { ContainerPort: 70000 };
    ((props(template, 'WebService').LoadBalancers as Json[])[0] as Json).ContainerPort = 70000;
    expect(lines(loadErrors(template))).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].PortMappings[0].ContainerPort|ContainerPort 70000 is out of range: AWS allows 1-65535.',
      'WebService|Properties.LoadBalancers[0].ContainerPort|ContainerPort 70000 is out of range: AWS allows 1-65535.',
    ]);
    const unused = baseTemplate();
    (container(unused).PortMappings as Json[]).push({ ContainerPort: 70000 });
    expect(lines(loadErrors(unused))).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].PortMappings[1].ContainerPort|ContainerPort 70000 is out of range: AWS allows 1-65535.',
    ]);
  });

  it('StopTimeout -1 (and 121) is refused on Fargate with its 2-120 range; on EC2 only a negative one', () => {
    const template = baseTemplate();
    container(template).StopTimeout = -1;
    expect(lines(loadErrors(template))).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].StopTimeout|StopTimeout -1 is out of range: AWS allows 2-120 seconds on Fargate.',
    ]);
    container(template).StopTimeout = 121;
    expect(lines(loadErrors(template))[0]).toContain('StopTimeout 121 is out of range: AWS allows 2-120 seconds on Fargate.');
    const ec2 = ec2Template();
    container(ec2).StopTimeout = -1;
    expect(lines(loadErrors(ec2))).toEqual(['WebTaskDef|Properties.ContainerDefinitions[0].StopTimeout|StopTimeout -1 is out of range: it must be 0 seconds or more.']);
    container(ec2).StopTimeout = 300;
    expect(loadOk(ec2).spec.taskDefinitions[0]?.containers[0]?.stopTimeoutSeconds).toBe(300);
  });

  it('traffic whose every weight is 0 is refused: no request would ever arrive', () => {
    const template = baseTemplate();
    settings(template).traffic = { rate: 10, mix: [{ path: '/', weight: 0 }, { path: '/a', weight: 0 }] };
    expect(lines(loadErrors(template))).toEqual([
      'Metadata.EcsOrchestra|traffic.mix|every mix entry has weight 0, so no request would ever be drawn: give at least one entry a weight above 0 (or set the rate to 0 for no traffic).',
    ]);
    settings(template).traffic = { rate: 10 };
    settings(template).script = [{ at: 1, do: 'setTraffic', mix: [{ weight: 0 }] }];
    expect(lines(loadErrors(template))).toEqual([
      'Metadata.EcsOrchestra|script[0].mix|every mix entry has weight 0, so no request would ever be drawn: give at least one entry a weight above 0 (or set the rate to 0 for no traffic).',
    ]);
  });
});
