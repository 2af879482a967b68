import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/engine/spec';
import { baseTemplate, lines, loadErrors, loadOk, props, type Json } from './helpers';

describe('AWS defaults for omitted properties', () => {
  it('fills in target group, load balancer, service and task definition defaults', () => {
    const template = baseTemplate();
    delete props(template, 'WebTargets').TargetType;
    props(template, 'WebTaskDef').NetworkMode = 'bridge';
    delete props(template, 'WebTaskDef').RequiresCompatibilities;
    delete props(template, 'WebTaskDef').Family;
    delete props(template, 'WebService').DesiredCount;
    delete props(template, 'WebService').NetworkConfiguration;
    props(template, 'WebService').LaunchType = 'EC2';
    const { spec } = loadOk(template);
    expect(spec.targetGroups[0]).toEqual({
      id: 'WebTargets', name: 'WebTargets', arn: expect.stringMatching(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/WebTargets\/[0-9a-f]{16}$/) as unknown,
      port: 8080, protocol: 'HTTP', targetType: 'instance',
      healthCheck: { protocol: 'HTTP', path: '/', port: 'traffic-port', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200' },
      deregistrationDelaySeconds: 300, algorithm: 'round_robin',
    });
    expect(spec.loadBalancers[0]).toMatchObject({ name: 'alb', scheme: 'internet-facing', idleTimeoutSeconds: 60 });
    expect(spec.services[0]).toMatchObject({
      name: 'WebService', desiredCount: 1, launchType: 'EC2', healthCheckGracePeriodSeconds: 0,
      deployment: { maximumPercent: 200, minimumHealthyPercent: 100, circuitBreaker: { enable: false, rollback: false } },
    });
    expect(spec.taskDefinitions[0]).toMatchObject({ family: 'WebTaskDef', revision: 1, networkMode: 'bridge', app: DEFAULT_APP });
    expect(spec.taskDefinitions[0]?.containers[0]).toMatchObject({ essential: true, stopTimeoutSeconds: 30, healthCheck: null, cpu: null });
    expect(spec.clusters.map((c) => [c.id, c.name, c.instances.map((i) => [i.instanceType, i.source])])).toEqual([
      ['Cluster', 'Cluster', [['t3.medium', 'default'], ['t3.medium', 'default'], ['t3.medium', 'default']]],
    ]);
    expect(spec.services[0]?.placementStrategies).toEqual([]);
    expect(spec.services[0]?.placementConstraints).toEqual([]);
    expect(spec.taskDefinitions[0]?.containers[0]?.portMappings).toEqual([{ containerPort: 8080, hostPort: null, protocol: 'tcp' }]);
    expect(spec.title).toBe('scenario');
    expect(spec.seed).toBe(1);
    expect(spec.start).toBe('cold');
    // No traffic settings: the default, 3 requests per second to the listener's one request kind (its default rule).
    expect(spec.traffic).toEqual({ rate: 3, mix: [{ path: '/', listenerPort: 80 }] });
    expect(spec.script).toEqual([]);
  });

  it('fills container health check defaults', () => {
    const template = baseTemplate();
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.HealthCheck = { Command: ['CMD-SHELL', 'exit 0'] };
    const check = loadOk(template).spec.taskDefinitions[0]?.containers[0]?.healthCheck;
    expect(check).toEqual({ command: ['CMD-SHELL', 'exit 0'], intervalSeconds: 30, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 0 });
  });

  it('uses a Fargate-compatible task definition as Fargate when LaunchType is omitted', () => {
    const template = baseTemplate();
    delete props(template, 'WebService').LaunchType;
    const result = loadOk(template);
    expect(result.spec.services[0]?.launchType).toBe('FARGATE');
    expect(result.warnings).toEqual([]);
  });

  it('uses EC2, with the default instances, when the task definition is not Fargate-compatible', () => {
    const template = baseTemplate();
    delete props(template, 'WebService').LaunchType;
    delete props(template, 'WebTaskDef').RequiresCompatibilities;
    const result = loadOk(template);
    expect(result.spec.services[0]?.launchType).toBe('EC2');
    expect(result.warnings).toEqual([]);
    expect(result.spec.clusters[0]?.instances).toHaveLength(3);
  });

  it('adds an implicit cluster, with a warning, when the service names a cluster the template lacks', () => {
    const template = baseTemplate();
    props(template, 'WebService').Cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/shared';
    const result = loadOk(template);
    expect(result.spec.clusters).toEqual([{ id: 'Cluster', name: 'Cluster', instances: [] }, { id: 'shared', name: 'shared', instances: [] }]);
    expect(result.spec.services[0]?.clusterId).toBe('shared');
    expect(result.warnings.map((w) => w.path)).toEqual(['Properties.Cluster']);
  });

  it('reads the app behaviour from the task definition Metadata, over DEFAULT_APP', () => {
    const template = baseTemplate();
    (template.Resources as Json).WebTaskDef = {
      ...((template.Resources as Json).WebTaskDef as Json),
      Metadata: { EcsOrchestra: { startupSeconds: 90, responses: { '/': 302, '/admin*': 403 }, instrument: 'violin', pullError: 'CannotPullContainerError: x' } },
    };
    const app = loadOk(template).spec.taskDefinitions[0]?.app;
    expect(app).toEqual({
      ...DEFAULT_APP, startupSeconds: 90, instrument: 'violin', pullError: 'CannotPullContainerError: x',
      responses: [{ pattern: '/', status: 302 }, { pattern: '/admin*', status: 403 }],
    });
  });
});

describe("CloudFormation's coercions", () => {
  it('reads numbers written as strings and booleans written as strings', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = '4';
    props(template, 'WebService').HealthCheckGracePeriodSeconds = ' 30 ';
    props(template, 'WebService').DeploymentConfiguration = { MaximumPercent: '150', MinimumHealthyPercent: '50', DeploymentCircuitBreaker: { Enable: 'true', Rollback: 'False' } };
    props(template, 'Listener').Port = '80';
    props(template, 'WebTargets').HealthCheckIntervalSeconds = '10';
    props(template, 'WebTargets').HealthCheckPort = '8081';
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.Essential = 'true';
    container.PortMappings = [{ ContainerPort: '8080', HostPort: '8080' }];
    const { spec } = loadOk(template);
    expect(spec.services[0]).toMatchObject({
      desiredCount: 4, healthCheckGracePeriodSeconds: 30,
      deployment: { maximumPercent: 150, minimumHealthyPercent: 50, circuitBreaker: { enable: true, rollback: false } },
    });
    expect(spec.listeners[0]?.port).toBe(80);
    expect(spec.targetGroups[0]?.healthCheck).toMatchObject({ intervalSeconds: 10, port: 8081 });
    expect(spec.taskDefinitions[0]?.containers[0]).toMatchObject({ essential: true, portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }] });
  });

  it('reads attribute values written as numbers and booleans', () => {
    const template = baseTemplate();
    props(template, 'WebTargets').TargetGroupAttributes = [
      { Key: 'deregistration_delay.timeout_seconds', Value: 30 },
      { Key: 'stickiness.enabled', Value: false },
    ];
    props(template, 'Alb').LoadBalancerAttributes = [{ Key: 'idle_timeout.timeout_seconds', Value: 120 }];
    const { spec, warnings } = loadOk(template);
    expect(spec.targetGroups[0]?.deregistrationDelaySeconds).toBe(30);
    expect(spec.loadBalancers[0]?.idleTimeoutSeconds).toBe(120);
    expect(warnings).toEqual([]);
  });

  it('reads task sizes in units or in vCPU and GB', () => {
    const template = baseTemplate();
    props(template, 'WebTaskDef').Cpu = '0.5 vCPU';
    props(template, 'WebTaskDef').Memory = '1 GB';
    expect(loadOk(template).spec.taskDefinitions[0]).toMatchObject({ cpu: 512, memory: 1024 });
  });

  it('reports a value that cannot be coerced, with CloudFormation type names', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = 'three';
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.Essential = 'yes';
    expect(lines(loadErrors(template))).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].Essential|expected type: Boolean, found: String "yes"',
      'WebService|Properties.DesiredCount|expected type: Integer, found: String "three"',
    ]);
  });
});
