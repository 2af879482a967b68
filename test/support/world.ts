/**
 * Small worlds for engine tests, built directly as specs (no template parsing), with AWS's defaults unless a test
 * says otherwise.
 */
import type {
  AppBehaviour,
  ListenerRuleSpec,
  ScenarioSpec,
  ScriptEntry,
  ServiceSpec,
  StartMode,
  TargetGroupHealthCheckSpec,
  TargetGroupSpec,
  TaskDefinitionSpec,
  TrafficSpec,
} from '../../src/engine';
import { DEFAULT_APP, createSimulation, type SimEvent, type Simulation } from '../../src/engine';
import type { ContainerInstanceSpec } from '../../src/engine';
import { registeredResources } from '../../src/engine/instanceTypes';
import { AVAILABILITY_ZONES, instanceId } from '../../src/engine/names';

export interface ServiceOptions {
  id: string;
  desiredCount?: number;
  app?: Partial<AppBehaviour>;
  healthCheck?: Partial<TargetGroupHealthCheckSpec>;
  deregistrationDelaySeconds?: number;
  gracePeriodSeconds?: number;
  maximumPercent?: number;
  minimumHealthyPercent?: number;
  circuitBreaker?: { enable: boolean; rollback: boolean };
  /** Path pattern of the rule sending requests to this service; null: no load balancer at all. */
  path?: string | null;
  algorithm?: TargetGroupSpec['algorithm'];
  containerHealthCheck?: TaskDefinitionSpec['containers'][number]['healthCheck'];
  stopTimeoutSeconds?: number;
  /** Run on the cluster's EC2 instances (launch type EC2, bridge networking and instance targets by default). */
  ec2?: {
    networkMode?: 'bridge' | 'host' | 'awsvpc';
    /** Bridge: null (or 0) for an ephemeral host port, else a fixed one. */
    hostPort?: number | null;
    cpu?: number;
    memory?: number;
    placementStrategies?: ServiceSpec['placementStrategies'];
    placementConstraints?: ServiceSpec['placementConstraints'];
  };
}

export interface WorldOptions {
  services: ServiceOptions[];
  traffic?: TrafficSpec | null;
  script?: ScriptEntry[];
  seed?: number;
  /** Cold by default, as a template without the setting loads. */
  start?: StartMode;
  idleTimeoutSeconds?: number;
  /** EC2 container instances of the cluster, round robin over us-east-1a, b, c (default: none). */
  instances?: { count: number; instanceType?: string };
}

export function world(options: WorldOptions): ScenarioSpec {
  const taskDefinitions: TaskDefinitionSpec[] = [];
  const services: ServiceSpec[] = [];
  const targetGroups: TargetGroupSpec[] = [];
  const rules: ListenerRuleSpec[] = [];
  options.services.forEach((s, i) => {
    const ec2 = s.ec2;
    const networkMode = ec2 ? (ec2.networkMode ?? 'bridge') : 'awsvpc';
    taskDefinitions.push({
      id: `${s.id}TaskDef`,
      family: s.id.toLowerCase(),
      revision: 1,
      networkMode,
      requiresCompatibilities: ec2 ? ['EC2'] : ['FARGATE'],
      cpu: ec2 ? (ec2.cpu ?? 256) : 256,
      memory: ec2 ? (ec2.memory ?? 512) : 512,
      containers: [
        {
          name: 'app',
          image: `example/${s.id.toLowerCase()}:1`,
          essential: true,
          portMappings: [{ containerPort: 8080, hostPort: networkMode === 'host' ? 8080 : (ec2?.hostPort ?? null), protocol: 'tcp' }],
          healthCheck: s.containerHealthCheck ?? null,
          cpu: null,
          memory: null,
          memoryReservation: null,
          stopTimeoutSeconds: s.stopTimeoutSeconds ?? 30,
        },
      ],
      app: { ...DEFAULT_APP, ...s.app },
    });
    const withLb = s.path !== null;
    if (withLb) {
      targetGroups.push({
        id: `${s.id}Targets`,
        name: `${s.id.toLowerCase()}-tg`,
        arn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${s.id.toLowerCase()}-tg/000000000000000${i}`,
        port: 8080,
        protocol: 'HTTP',
        targetType: networkMode === 'awsvpc' ? 'ip' : 'instance',
        healthCheck: {
          protocol: 'HTTP',
          path: '/health',
          port: 'traffic-port',
          intervalSeconds: 30,
          timeoutSeconds: 5,
          healthyThreshold: 5,
          unhealthyThreshold: 2,
          matcher: '200',
          ...s.healthCheck,
        },
        deregistrationDelaySeconds: s.deregistrationDelaySeconds ?? 300,
        algorithm: s.algorithm ?? 'round_robin',
      });
      rules.push({
        id: `${s.id}Rule`,
        listenerId: 'Listener',
        priority: (i + 1) * 10,
        conditions: [{ field: 'path-pattern', values: [s.path ?? `/${s.id.toLowerCase()}*`] }],
        actions: [{ type: 'forward', targetGroups: [{ targetGroupId: `${s.id}Targets`, weight: 1 }] }],
      });
    }
    services.push({
      id: s.id,
      name: s.id.toLowerCase(),
      clusterId: 'Cluster',
      taskDefinitionId: `${s.id}TaskDef`,
      desiredCount: s.desiredCount ?? 1,
      launchType: ec2 ? 'EC2' : 'FARGATE',
      loadBalancers: withLb ? [{ targetGroupId: `${s.id}Targets`, containerName: 'app', containerPort: 8080 }] : [],
      healthCheckGracePeriodSeconds: s.gracePeriodSeconds ?? 0,
      deployment: {
        maximumPercent: s.maximumPercent ?? 200,
        minimumHealthyPercent: s.minimumHealthyPercent ?? 100,
        circuitBreaker: s.circuitBreaker ?? { enable: false, rollback: false },
      },
      placementStrategies: ec2?.placementStrategies ?? [],
      placementConstraints: ec2?.placementConstraints ?? [],
    });
  });
  return {
    title: 'test world',
    summary: '',
    seed: options.seed ?? 1,
    start: options.start ?? 'cold',
    clusters: [{ id: 'Cluster', name: 'cluster', instances: instancesOf(options.instances) }],
    taskDefinitions,
    deregisteredRevisions: {},
    services,
    loadBalancers: [
      { id: 'Alb', name: 'alb', scheme: 'internet-facing', dnsName: 'alb-1.us-east-1.elb.amazonaws.com', idleTimeoutSeconds: options.idleTimeoutSeconds ?? 60 },
    ],
    listeners: [
      {
        id: 'Listener',
        loadBalancerId: 'Alb',
        port: 80,
        protocol: 'HTTP',
        defaultActions: [{ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'none' }],
      },
    ],
    rules,
    targetGroups,
    traffic: options.traffic ?? null,
    script: options.script ?? [],
  };
}

function instancesOf(wanted: WorldOptions['instances']): ContainerInstanceSpec[] {
  if (!wanted) return [];
  const type = wanted.instanceType ?? 't3.medium';
  const { cpu, memory } = registeredResources(type);
  return Array.from({ length: wanted.count }, (_, n) => ({
    id: instanceId(`Cluster/test/${n}`),
    instanceType: type,
    availabilityZone: AVAILABILITY_ZONES[n % 3]!,
    cpu,
    memory,
    source: 'test',
  }));
}

/** Runs a world and records every event (requests included). */
export function run(spec: ScenarioSpec, untilSeconds: number): { sim: Simulation; events: SimEvent[] } {
  const sim = createSimulation(spec);
  const events: SimEvent[] = [];
  sim.subscribe((e) => events.push(e), { requests: true });
  sim.runUntil(untilSeconds * 1000);
  return { sim, events };
}

export const ofType = <T extends SimEvent['type']>(events: readonly SimEvent[], type: T) =>
  events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
