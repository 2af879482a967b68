/** A small hand-built world for store and component tests: one service of two tasks behind one listener. */
import { DEFAULT_APP, type ScenarioSpec, type TrafficSpec } from '../../src/engine/spec';

export function tinySpec(overrides: { traffic?: TrafficSpec | null; desiredCount?: number; title?: string } = {}): ScenarioSpec {
  return {
    title: overrides.title ?? 'Tiny stage',
    summary: 'One service with two tasks behind an HTTP listener.',
    seed: 7,
    start: 'cold',
    clusters: [{ id: 'Cluster', name: 'stage', instances: [] }],
    taskDefinitions: [
      {
        id: 'WebTaskDef',
        family: 'web',
        revision: 1,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: 256,
        memory: 512,
        containers: [
          {
            name: 'web',
            image: 'example/web:1',
            essential: true,
            portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
            healthCheck: null,
            cpu: null,
            memory: null,
            memoryReservation: null,
            stopTimeoutSeconds: 30,
          },
        ],
        app: DEFAULT_APP,
      },
    ],
    deregisteredRevisions: {},
    services: [
      {
        id: 'WebService',
        name: 'web',
        clusterId: 'Cluster',
        taskDefinitionId: 'WebTaskDef',
        desiredCount: overrides.desiredCount ?? 2,
        launchType: 'FARGATE',
        loadBalancers: [{ targetGroupId: 'WebTargetGroup', containerName: 'web', containerPort: 8080 }],
        healthCheckGracePeriodSeconds: 0,
        deployment: {
          maximumPercent: 200,
          minimumHealthyPercent: 100,
          circuitBreaker: { enable: false, rollback: false },
        },
        placementStrategies: [],
        placementConstraints: [],
      },
    ],
    loadBalancers: [
      {
        id: 'LoadBalancer',
        name: 'front',
        scheme: 'internet-facing',
        dnsName: 'front-1234567890.us-east-1.elb.amazonaws.com',
        idleTimeoutSeconds: 60,
      },
    ],
    listeners: [
      {
        id: 'HttpListener',
        loadBalancerId: 'LoadBalancer',
        port: 80,
        protocol: 'HTTP',
        defaultActions: [{ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'nothing here' }],
      },
    ],
    rules: [
      {
        id: 'WebRule',
        listenerId: 'HttpListener',
        priority: 1,
        conditions: [{ field: 'path-pattern', values: ['/web*'] }],
        actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'WebTargetGroup', weight: 1 }] }],
      },
    ],
    targetGroups: [
      {
        id: 'WebTargetGroup',
        name: 'web-tg',
        arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef',
        port: 8080,
        protocol: 'HTTP',
        targetType: 'ip',
        healthCheck: {
          protocol: 'HTTP',
          path: '/',
          port: 'traffic-port',
          intervalSeconds: 5,
          timeoutSeconds: 2,
          healthyThreshold: 2,
          unhealthyThreshold: 2,
          matcher: '200',
        },
        deregistrationDelaySeconds: 10,
        algorithm: 'round_robin',
      },
    ],
    traffic: overrides.traffic === undefined ? null : overrides.traffic,
    script: [],
  };
}

export const WEB_TRAFFIC: TrafficSpec = { rate: 5, mix: [{ path: '/web/home' }, { path: '/missing', weight: 0.2 }] };
