import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instanceId, listenerArn, loadBalancerDnsName, targetGroupArn } from '../../src/engine/names';
import { createSimulation, type ScalingActivityEvent } from '../../src/engine';
import { lines, loadOk } from './helpers';

// Copies of /work/shared/examples, so the tests run from a clean clone.
const EXAMPLES = fileURLToPath(new URL('./fixtures/examples', import.meta.url));

function example(name: string, parameters?: Record<string, string>) {
  const file = `${EXAMPLES}/${name}`;
  return loadOk(readFileSync(file, 'utf8'), { fileName: name, ...(parameters ? { parameters } : {}) });
}

describe('the six shared example templates', () => {
  it('01 resolves parameters, Fn::Sub and the outputs', () => {
    const { spec, warnings, notSimulated, outputs } = example('01-parameters-and-sub.json');
    expect(warnings).toEqual([]);
    expect(notSimulated).toEqual([]);
    expect(spec.title).toBe('Parameters and Fn::Sub');
    expect(spec.seed).toBe(101);
    expect(spec.clusters).toEqual([{ id: 'ShopCluster', name: 'dev-shop', instances: [] }]);
    expect(spec.taskDefinitions[0]).toMatchObject({ id: 'CatalogTaskDef', family: 'catalog-dev', revision: 1, networkMode: 'awsvpc', cpu: 256, memory: 512 });
    expect(spec.taskDefinitions[0]?.containers[0]).toMatchObject({ name: 'catalog', image: 'public.ecr.aws/example/catalog:2.3.0' });
    expect(spec.services[0]).toMatchObject({
      id: 'CatalogService', name: 'catalog-dev', clusterId: 'ShopCluster', desiredCount: 3, launchType: 'FARGATE',
      healthCheckGracePeriodSeconds: 20,
      loadBalancers: [{ targetGroupId: 'CatalogTargets', containerName: 'catalog', containerPort: 8080 }],
      deployment: { maximumPercent: 200, minimumHealthyPercent: 100, circuitBreaker: { enable: true, rollback: true } },
    });
    expect(spec.targetGroups[0]).toMatchObject({
      name: 'catalog-dev', arn: targetGroupArn('catalog-dev', 'CatalogTargets'), port: 8080, targetType: 'ip', deregistrationDelaySeconds: 30,
      healthCheck: { path: '/healthz', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 3, matcher: '200-299' },
    });
    expect(spec.loadBalancers[0]).toMatchObject({ name: 'dev-shop-alb', dnsName: loadBalancerDnsName('dev-shop-alb', 'PublicAlb', 'internet-facing') });
    expect(outputs).toEqual({
      CatalogUrl: `http://${loadBalancerDnsName('dev-shop-alb', 'PublicAlb', 'internet-facing')}/`,
      ListenerArn: listenerArn('dev-shop-alb', 'PublicAlb', 'HttpListener'),
    });
  });

  it('01 takes parameter values from the options over the defaults', () => {
    const { spec } = example('01-parameters-and-sub.json', { EnvName: 'prod', TaskCount: '5' });
    expect(spec.clusters[0]?.name).toBe('prod-shop');
    expect(spec.services[0]?.desiredCount).toBe(5);
  });

  it('02 loads EC2 services on the default instances, and coerces string numbers and booleans', () => {
    const { spec, warnings, notSimulated } = example('02-legacy-field-values-ec2-bridge.json');
    expect(warnings).toEqual([]);
    expect(notSimulated).toEqual([]);
    expect(spec.services.map((s) => [s.id, s.launchType, s.desiredCount])).toEqual([
      ['OrdersService', 'EC2', 3], ['AdminService', 'EC2', 1], ['StaticService', 'EC2', 2],
    ]);
    expect(spec.clusters).toEqual([{
      id: 'LegacyCluster', name: 'LegacyCluster',
      instances: ['us-east-1a', 'us-east-1b', 'us-east-1c'].map((availabilityZone, index) => ({
        id: instanceId(`LegacyCluster/default/${index + 1}`), instanceType: 't3.medium', availabilityZone, cpu: 2048, memory: 4096, source: 'default',
      })),
    }]);
    for (const service of spec.services) {
      expect(service.placementStrategies).toEqual([{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }]);
      expect(service.placementConstraints).toEqual([]);
    }
    expect(spec.listeners[0]).toMatchObject({ port: 80, protocol: 'HTTP' });
    expect(spec.rules.map((r) => r.priority)).toEqual([5, 10, 20]);
    const admin = spec.taskDefinitions.find((t) => t.id === 'AdminTaskDef');
    expect(admin).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: [] });
    expect(admin?.containers[0]).toMatchObject({ essential: true, memory: 192, cpu: 64, portMappings: [{ containerPort: 80, hostPort: null, protocol: 'tcp' }] });
    // HostPort 0 and an absent HostPort both mean a dynamic port in bridge mode.
    expect(spec.taskDefinitions.flatMap((t) => t.containers.flatMap((c) => c.portMappings.map((m) => m.hostPort)))).toEqual([null, null, null]);
    expect(spec.targetGroups.find((t) => t.id === 'OrdersTargets')).toMatchObject({ targetType: 'instance', deregistrationDelaySeconds: 60 });
    expect(spec.loadBalancers[0]).toMatchObject({ name: 'alb', idleTimeoutSeconds: 30 });
  });

  it('03 drops the preview path when its condition is false and follows Fn::If', () => {
    const withPreview = example('03-condition-config-forms.json');
    expect(withPreview.warnings).toEqual([]);
    expect(withPreview.spec.rules.map((r) => r.id)).toEqual(['PreviewRule', 'ApiRule', 'ReadOnlyAdminRule', 'DebugBlockRule']);
    expect(withPreview.spec.services.map((s) => [s.id, s.desiredCount])).toEqual([['ApiService', 2], ['PreviewService', 1]]);
    const prod = example('03-condition-config-forms.json', { Stage: 'prod', EnablePreview: 'false' });
    expect(prod.spec.rules.map((r) => r.id)).toEqual(['ApiRule', 'ReadOnlyAdminRule', 'DebugBlockRule']);
    expect(prod.spec.services.map((s) => [s.id, s.desiredCount])).toEqual([['ApiService', 4]]);
    expect(prod.spec.taskDefinitions.map((t) => t.id)).toEqual(['ApiTaskDef']);
    expect(prod.spec.targetGroups.map((t) => t.id)).toEqual(['ApiTargets']);
    expect(prod.notSimulated).toEqual([]);
  });

  it('04 simulates its group stickiness and slow start (issue 14), and keeps the weights', () => {
    const { spec, warnings } = example('04-weighted-forward.json');
    expect(lines(warnings)).toEqual([]);
    expect(spec.listeners[0]?.defaultActions).toEqual([
      { type: 'forward', targetGroups: [{ targetGroupId: 'BlueTargets', weight: 90 }, { targetGroupId: 'GreenTargets', weight: 10 }], stickinessSeconds: 300 },
    ]);
    expect(spec.targetGroups.map((t) => t.slowStartSeconds)).toEqual([undefined, 60]);
    expect(spec.targetGroups.map((t) => t.algorithm)).toEqual(['least_outstanding_requests', 'round_robin']);
    expect(spec.clusters[0]?.name).toBe('04-weighted-forward-web');
    expect(spec.taskDefinitions.map((t) => t.family)).toEqual(['04-weighted-forward-web-blue', '04-weighted-forward-web-green']);
  });

  it('05 reads the redirect and the HTTPS listener', () => {
    const { spec, warnings } = example('05-http-to-https-redirect.json');
    expect(warnings).toEqual([]);
    expect(spec.listeners.map((l) => [l.port, l.protocol])).toEqual([[80, 'HTTP'], [443, 'HTTPS']]);
    expect(spec.listeners[0]?.defaultActions).toEqual([
      { type: 'redirect', protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: 301 },
    ]);
  });

  it('06 lists the resources it does not simulate, by type, and runs its auto scaling', () => {
    const { spec, warnings, notSimulated, outputs } = example('06-full-stack-with-unsimulated-resources.json');
    expect(lines(warnings)).toEqual([]);
    expect(notSimulated).toEqual([
      { logicalId: 'Vpc', type: 'AWS::EC2::VPC' },
      { logicalId: 'Igw', type: 'AWS::EC2::InternetGateway' },
      { logicalId: 'IgwAttachment', type: 'AWS::EC2::VPCGatewayAttachment' },
      { logicalId: 'SubnetA', type: 'AWS::EC2::Subnet' },
      { logicalId: 'SubnetB', type: 'AWS::EC2::Subnet' },
      { logicalId: 'PublicRoutes', type: 'AWS::EC2::RouteTable' },
      { logicalId: 'DefaultRoute', type: 'AWS::EC2::Route' },
      { logicalId: 'SubnetARoutes', type: 'AWS::EC2::SubnetRouteTableAssociation' },
      { logicalId: 'SubnetBRoutes', type: 'AWS::EC2::SubnetRouteTableAssociation' },
      { logicalId: 'AlbSecurityGroup', type: 'AWS::EC2::SecurityGroup' },
      { logicalId: 'TaskSecurityGroup', type: 'AWS::EC2::SecurityGroup' },
      { logicalId: 'TaskIngressFromAlb', type: 'AWS::EC2::SecurityGroupIngress' },
      { logicalId: 'ExecutionRole', type: 'AWS::IAM::Role' },
      { logicalId: 'AppLogs', type: 'AWS::Logs::LogGroup' },
      { logicalId: 'UnhealthyHostsAlarm', type: 'AWS::CloudWatch::Alarm' },
    ]);
    expect(spec.taskDefinitions[0]?.containers[0]?.healthCheck).toEqual({
      command: ['CMD-SHELL', 'wget -q -O /dev/null http://localhost:5000/ready || exit 1'],
      intervalSeconds: 15, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 20,
    });
    expect(spec.services[0]?.desiredCount).toBe(2);
    expect(outputs.ClusterName).toBe('Cluster');
    expect(outputs.Url).toBe(`http://${loadBalancerDnsName('alb', 'Alb', 'internet-facing')}/`);
    // MinCapacity and MaxCapacity are the MinTasks and MaxTasks parameters; ResourceId is Fn::Sub service/${Cluster}/${InventoryService.Name}.
    expect(spec.scaling).toEqual([{
      id: 'ScalingTarget', serviceId: 'InventoryService', minCapacity: 2, maxCapacity: 6,
      policies: [{
        type: 'TargetTrackingScaling', name: 'inventory-cpu-50', metric: 'ECSServiceAverageCPUUtilization', resourceLabel: null, targetGroupId: null,
        targetValue: 50, scaleOutCooldownSeconds: 60, scaleInCooldownSeconds: 120, disableScaleIn: false,
      }],
    }]);
  });

  it('06 scales out under a spike, to its maximum, and back in to its minimum one step per cooldown', () => {
    const { spec } = example('06-full-stack-with-unsimulated-resources.json');
    // The default traffic (3 requests per second) with a spike of 150 per second from 60 s to 660 s.
    const sim = createSimulation({ ...spec, script: [{ at: 60, command: { do: 'spikeTraffic', rate: 150, seconds: 600 } }] });
    const activities: ScalingActivityEvent[] = [];
    sim.subscribe((e) => { if (e.type === 'scaling.activity') activities.push(e); });
    sim.runUntil(3_600_000);
    // 0.5 vCPU tasks: 150 requests/s on 2 tasks is 4,500 a minute each x 10 ms / 30,000 ms = 150 %, capped at 100.
    // The datapoints at 120, 180 and 240 s are above 50, so the high alarm fires at 240 s: ceil(2 x 100 / 50) = 4. Its
    // 60 s cooldown is over at 300 s, when 4 tasks run at 71.17 %: ceil(4 x 71.17 / 50) = 6, the maximum. The spike ends
    // at 660 s; the 15 datapoints from 720 to 1560 s are below 45 (90 % of 50), so the low alarm fires at 1560 s and
    // each step is max(ceil(running x ~6 / 50), running - 1) = running - 1, one per 120 s scale-in cooldown, down to 2.
    expect(activities.map((a) => [a.t / 1000, a.direction, a.from, a.to])).toEqual([
      [240, 'out', 2, 4], [300, 'out', 4, 6], [1560, 'in', 6, 5], [1680, 'in', 5, 4], [1800, 'in', 4, 3], [1920, 'in', 3, 2],
    ]);
    expect(activities[0]?.cause).toMatch(/^monitor alarm TargetTracking-service\/Cluster\/InventoryService-AlarmHigh-[0-9a-f-]{36} in state ALARM triggered policy inventory-cpu-50$/);
    expect(activities[2]?.cause).toMatch(/-AlarmLow-[0-9a-f-]{36} in state ALARM triggered policy inventory-cpu-50$/);
    expect(activities.map((a) => a.description)).toContain('Setting desired count to 6.');
    expect(sim.snapshot().services[0]?.desiredCount).toBe(2);
  });
});
