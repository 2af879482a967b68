/** Small templates for the loader tests: a valid Fargate service behind an ALB, easy to bend one property at a time. */
import { expect } from 'vitest';
import { loadScenario, type LoadOptions, type LoadResult, type ScenarioIssue } from '../../src/scenario';

export type Json = Record<string, unknown>;

export function baseTemplate(): Json {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Cluster: { Type: 'AWS::ECS::Cluster' },
      WebTaskDef: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          Family: 'web',
          NetworkMode: 'awsvpc',
          RequiresCompatibilities: ['FARGATE'],
          Cpu: '256',
          Memory: '512',
          ContainerDefinitions: [{ Name: 'web', Image: 'public.ecr.aws/example/web:1', PortMappings: [{ ContainerPort: 8080 }] }],
        },
      },
      Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'] } },
      WebTargets: {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: { Port: 8080, Protocol: 'HTTP', TargetType: 'ip', VpcId: 'vpc-1' },
      },
      Listener: {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          LoadBalancerArn: { Ref: 'Alb' },
          Port: 80,
          Protocol: 'HTTP',
          DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }],
        },
      },
      WebService: {
        Type: 'AWS::ECS::Service',
        DependsOn: 'Listener',
        Properties: {
          Cluster: { Ref: 'Cluster' },
          TaskDefinition: { Ref: 'WebTaskDef' },
          DesiredCount: 2,
          LaunchType: 'FARGATE',
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'] } },
          LoadBalancers: [{ ContainerName: 'web', ContainerPort: 8080, TargetGroupArn: { Ref: 'WebTargets' } }],
        },
      },
    },
  };
}

/** The base template moved to EC2: bridge networking, container memory, an instance target group, LaunchType EC2. */
export function ec2Template(): Json {
  const template = baseTemplate();
  const taskDef = props(template, 'WebTaskDef');
  taskDef.NetworkMode = 'bridge';
  delete taskDef.RequiresCompatibilities;
  delete taskDef.Cpu;
  delete taskDef.Memory;
  (taskDef.ContainerDefinitions as Json[])[0] = { Name: 'web', Image: 'public.ecr.aws/example/web:1', Memory: 256, PortMappings: [{ ContainerPort: 8080 }] };
  props(template, 'WebTargets').TargetType = 'instance';
  const service = props(template, 'WebService');
  service.LaunchType = 'EC2';
  delete service.NetworkConfiguration;
  return template;
}

/** The object at a dotted path of a template (creating nothing); for tweaking a copy. */
export function at(template: Json, path: string): Json {
  let node: unknown = template;
  for (const key of path.split('.')) node = (node as Json)[key];
  return node as Json;
}

export function resources(template: Json): Json {
  return template.Resources as Json;
}

export function props(template: Json, logicalId: string): Json {
  return at(template, `Resources.${logicalId}.Properties`);
}

export function loadOk(input: unknown, options?: LoadOptions): Extract<LoadResult, { ok: true }> {
  const result = loadScenario(input, options);
  if (!result.ok) throw new Error(`expected the template to load, got:\n${result.errors.map((e) => `${e.resource} ${e.path}: ${e.message}`).join('\n')}`);
  return result;
}

export function loadErrors(input: unknown, options?: LoadOptions): ScenarioIssue[] {
  const result = loadScenario(input, options);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** Issues as "resource|path|message" lines, for compact expectations. */
export function lines(issues: readonly ScenarioIssue[]): string[] {
  return issues.map((i) => `${i.resource}|${i.path}|${i.message}`);
}
