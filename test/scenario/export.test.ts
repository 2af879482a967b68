import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instanceId } from '../../src/engine/names';
import type { ScenarioSpec } from '../../src/engine/spec';
import { exportTemplate, loadBundle, toJsonText, toYamlText } from '../../src/scenario';
import { parseCfnYaml } from '../../src/scenario/yaml/cfnYaml';
import { at, baseTemplate, ec2Template, lines, loadErrors, loadOk, resources, type Json } from './helpers';
import { bundles, reload, specOf, templateFiles } from './exportHelpers';

const fixture = (path: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8');
const EXTRA = [
  { name: 'kitchen-sink.json', text: fixture('export/kitchen-sink.json') },
  { name: 'asg-launch-template.json', text: fixture('ec2/asg-launch-template.json') },
  { name: 'auto-scaling.json', text: fixture('export/auto-scaling.json') },
];

describe.each([...templateFiles(), ...EXTRA])('$name exported and loaded back', (file) => {
  const spec = specOf(file);

  it('is the same world through JSON', () => {
    expect(reload(spec, 'json')).toStrictEqual(spec);
  });

  it('is the same world through YAML with short tags', () => {
    expect(reload(spec, 'yaml')).toStrictEqual(spec);
  });

  it('writes YAML that reads as exactly the JSON template', () => {
    const template = exportTemplate(spec);
    const parsed = parseCfnYaml(toYamlText(template));
    expect(parsed.ok && parsed.value).toStrictEqual(JSON.parse(toJsonText(template)));
  });
});

describe.each(bundles())('the $name bundle exported as one template and loaded back', ({ files }) => {
  const loaded = loadBundle(files);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));

  it('is the same world, with the renames kept under Metadata.EcsOrchestra.sources', () => {
    const template = exportTemplate(loaded.spec, { renames: loaded.renames }) as Json;
    expect(at(template, 'Metadata.EcsOrchestra').sources).toEqual(loaded.renames);
    expect(reload(loaded.spec, 'json', { renames: loaded.renames })).toStrictEqual(loaded.spec);
    expect(reload(loaded.spec, 'yaml', { renames: loaded.renames })).toStrictEqual(loaded.spec);
  });
});

function exported(name: string): Json {
  const file = templateFiles().find((f) => f.name === name) ?? EXTRA.find((f) => f.name === name);
  if (!file) throw new Error(`no template ${name}`);
  return exportTemplate(specOf(file));
}

describe('the exported template reads like one written by hand', () => {
  it('links resources with Ref and GetAtt, and declares placeholder network parameters', () => {
    const t = exported('default.json');
    expect(at(t, 'Resources.UsersService.Properties')).toMatchObject({
      Cluster: { Ref: 'ApiCluster' }, TaskDefinition: { Ref: 'UsersTaskDef' }, LaunchType: 'FARGATE', DesiredCount: 3,
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: { Ref: 'Subnets' }, AssignPublicIp: 'ENABLED' } },
      LoadBalancers: [{ ContainerName: 'users', ContainerPort: 8080, TargetGroupArn: { Ref: 'UsersTargetGroup' } }],
    });
    expect(at(t, 'Resources.UsersService').DependsOn).toEqual(['UsersRule']);
    expect(at(t, 'Parameters.VpcId').Type).toBe('AWS::EC2::VPC::Id');
    expect(at(t, 'Parameters.Subnets').Type).toBe('List<AWS::EC2::Subnet::Id>');
    expect(at(t, 'Resources.HttpsListener.Properties').Certificates).toEqual([{ CertificateArn: { Ref: 'CertificateArn' } }]);
    expect(at(t, 'Outputs.ApiAlbUrl').Value).toEqual({ 'Fn::Sub': 'http://${ApiAlb.DNSName}/' });
    expect(at(t, 'Outputs.ApiAlbDnsName').Value).toEqual({ 'Fn::GetAtt': ['ApiAlb', 'DNSName'] });
  });

  it('spells target groups, rules and actions with CloudFormation property names', () => {
    const t = exported('default.json');
    expect(at(t, 'Resources.UsersTargetGroup.Properties')).toMatchObject({
      Name: 'users-tg', Port: 8080, Protocol: 'HTTP', TargetType: 'ip', VpcId: { Ref: 'VpcId' },
      HealthCheckProtocol: 'HTTP', HealthCheckPath: '/health', HealthCheckPort: 'traffic-port', HealthCheckIntervalSeconds: 10,
      HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 2, UnhealthyThresholdCount: 2, Matcher: { HttpCode: '200' },
      TargetGroupAttributes: [
        { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
        { Key: 'load_balancing.algorithm.type', Value: 'round_robin' },
      ],
    });
    expect(at(t, 'Resources.UsersRule.Properties')).toEqual({
      ListenerArn: { Ref: 'HttpsListener' }, Priority: 10,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/users*'] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: { Ref: 'UsersTargetGroup' } }],
    });
    expect(at(t, 'Resources.HttpListener.Properties').DefaultActions).toEqual([
      { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
    ]);
    expect(at(t, 'Resources.HttpsListener.Properties').DefaultActions).toEqual([
      { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' } },
    ]);
  });

  it('writes weighted forwards as ForwardConfig and every condition in the Field + *Config form', () => {
    const t = exported('kitchen-sink.json');
    expect(at(t, 'Resources.WebListener.Properties').DefaultActions).toEqual([{
      Type: 'forward',
      ForwardConfig: { TargetGroups: [
        { TargetGroupArn: { Ref: 'VeryLongTargetGroupLogicalIdentifierNumberOne' }, Weight: 3 },
        { TargetGroupArn: { Ref: 'HostTargets' }, Weight: 1 },
      ] },
    }]);
    expect(at(t, 'Resources.HeaderRule.Properties').Conditions).toEqual([
      { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Beta', Values: ['yes', 'true'] } },
      { Field: 'host-header', HostHeaderConfig: { Values: ['*.example.com'] } },
    ]);
    expect(at(t, 'Resources.QueryRule.Properties').Conditions).toEqual([
      { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'v', Value: '2' }, { Value: 'beta' }] } },
      { Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.0/8'] } },
      { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST', 'PUT'] } },
    ]);
  });

  it('writes the service deployment, placement and the app behaviour in the task definition Metadata', () => {
    const t = exported('kitchen-sink.json');
    expect(at(t, 'Resources.ShopService.Properties')).toMatchObject({
      ServiceName: 'shop-svc', LaunchType: 'EC2', HealthCheckGracePeriodSeconds: 30,
      DeploymentConfiguration: { MaximumPercent: 150, MinimumHealthyPercent: 50, DeploymentCircuitBreaker: { Enable: true, Rollback: false } },
      PlacementStrategies: [{ Type: 'spread', Field: 'attribute:ecs.availability-zone' }, { Type: 'binpack', Field: 'memory' }],
      PlacementConstraints: [{ Type: 'distinctInstance' }],
    });
    expect(at(t, 'Resources.ShopTaskDef.Metadata.EcsOrchestra')).toEqual({
      startupSeconds: 5, ignoresSigterm: true, latencyMs: 50, errorRate: 0.1, responses: { '/old*': 410, '/': 200 }, instrument: 'oboe',
    });
    expect((at(t, 'Resources.ShopTaskDef.Properties').ContainerDefinitions as Json[])[0]).toMatchObject({
      PortMappings: [{ ContainerPort: 8080 }, { ContainerPort: 9090, HostPort: 9090 }, { ContainerPort: 5353, Protocol: 'udp' }],
      HealthCheck: { Command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], Interval: 10, Retries: 5, StartPeriod: 15 },
      StopTimeout: 60,
    });
    expect(at(t, 'Resources.Ec2Cluster.Metadata.EcsOrchestra')).toEqual({ instances: 4, instanceType: 't3.large' });
    expect(at(t, 'Metadata.EcsOrchestra').script).toContainEqual({ at: 30, do: 'deploy', service: 'ShopService', image: 'example/shop:2', responses: { '/': 302, '/health': 200 } });
  });

  it('uses CloudFormation short tags in YAML', () => {
    const yaml = toYamlText(exported('default.json'));
    expect(yaml).toContain('LoadBalancerArn: !Ref ApiAlb\n');
    expect(yaml).toContain('Value: !GetAtt ApiAlb.DNSName\n');
    expect(yaml).toContain('Value: !Sub http://${ApiAlb.DNSName}/\n');
    expect(yaml).toContain("AWSTemplateFormatVersion: '2010-09-09'\n");
    expect(yaml).not.toContain('Fn::');
  });
});

describe('what the loader cannot derive is pinned in Metadata.EcsOrchestra', () => {
  const base = specOf(templateFiles().find((f) => f.name === 'default.json')!);

  it('keeps several revisions of one family', () => {
    const first = base.taskDefinitions[0]!;
    const second = { ...first, id: 'UsersTaskDefRev2', revision: 2, app: { ...first.app, latencyMs: 80 } };
    const spec: ScenarioSpec = {
      ...base,
      taskDefinitions: [...base.taskDefinitions, second],
      services: base.services.map((s) => (s.id === 'UsersService' ? { ...s, taskDefinitionId: second.id } : s)),
    };
    const t = exportTemplate(spec) as Json;
    expect(at(t, 'Resources.UsersTaskDefRev2.Metadata.EcsOrchestra')).toEqual({ instrument: 'violin', latencyMs: 80, revision: 2 });
    expect(at(t, 'Resources.UsersTaskDefRev2.Properties').Family).toBe('users');
    expect(reload(spec, 'json')).toStrictEqual(spec);
  });

  it('lists instances one by one when a count cannot give them (added, from a group, an unknown type)', () => {
    const ec2 = specOf(templateFiles().find((f) => f.name === 'dynamic-ports.json')!);
    const cluster = ec2.clusters[0]!;
    const added = [
      { id: instanceId(`${cluster.id}/added/3`), instanceType: 'm5.large', availabilityZone: 'us-east-1a', cpu: 2048, memory: 8192, source: 'addInstances' },
      { id: instanceId('elsewhere'), instanceType: 'x9.mega', availabilityZone: 'us-east-1c', cpu: 4096, memory: 4096, source: 'Instances' },
    ];
    const spec: ScenarioSpec = { ...ec2, clusters: [{ ...cluster, instances: [...cluster.instances.slice(1), ...added] }] };
    const settings = at(exportTemplate(spec), `Resources.${cluster.id}.Metadata.EcsOrchestra`);
    expect((settings.instances as Json[]).at(-1)).toEqual({ id: added[1]!.id, instanceType: 'x9.mega', availabilityZone: 'us-east-1c', source: 'Instances', cpu: 4096 });
    expect(loadOk(toJsonText(exportTemplate(spec))).spec).toStrictEqual(spec);
  });

  it('writes no capacity when ECS defaults would give the same instances, and none at all for an emptied EC2 cluster', () => {
    const legacy = specOf(templateFiles().find((f) => f.name === '02-legacy-field-values-ec2-bridge.json')!);
    expect(at(exportTemplate(legacy) as Json, 'Resources.LegacyCluster').Metadata).toBeUndefined();
    const emptied: ScenarioSpec = { ...legacy, clusters: legacy.clusters.map((c) => ({ ...c, instances: [] })) };
    expect(at(exportTemplate(emptied) as Json, 'Resources.LegacyCluster.Metadata.EcsOrchestra')).toEqual({ instances: 0 });
    expect(reload(emptied, 'json')).toStrictEqual(emptied);
  });

  it('brings back a cluster a service only names', () => {
    const template = JSON.parse(fixture('export/kitchen-sink.json')) as Json;
    at(template, 'Resources.HostService.Properties').Cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/shared-prod';
    const spec = loadOk(template).spec;
    expect(spec.clusters.map((c) => c.id)).toEqual(['Ec2Cluster', 'shared-prod']);
    expect(at(exportTemplate(spec) as Json, 'Resources.HostService.Properties').Cluster).toBe('shared-prod');
    expect(loadOk(toYamlText(exportTemplate(spec))).spec).toStrictEqual(spec);
  });
});

describe('export options', () => {
  const spec = specOf(templateFiles().find((f) => f.name === 'crash-and-replace.json')!);

  it('writes the world’s own script unless given one, and the seed and title given', () => {
    expect(spec.script.length).toBeGreaterThan(0);
    const script = [{ at: 12.345, command: { do: 'setDesiredCount', service: 'OrdersService', count: 5 } }] as const;
    const back = loadOk(toJsonText(exportTemplate(spec, { script, seed: 42, title: 'Saved run' }))).spec;
    expect(back).toStrictEqual({ ...spec, script, seed: 42, title: 'Saved run' });
  });

  it('keeps the renames of a bundle under Metadata.EcsOrchestra.sources', () => {
    const renames = { OrdersService: { stack: 'orders', logicalId: 'Service' } };
    const t = exportTemplate(spec, { renames }) as Json;
    expect(at(t, 'Metadata.EcsOrchestra').sources).toEqual(renames);
    expect(reload(spec, 'yaml', { renames })).toStrictEqual(spec);
  });
});

describe('the Metadata an export writes, as the loader reads it', () => {
  it('takes a task definition revision, also in the ARN a Ref gives', () => {
    const template = baseTemplate();
    (resources(template).WebTaskDef as Json).Metadata = { EcsOrchestra: { revision: 3 } };
    template.Outputs = { TaskDefinitionArn: { Value: { Ref: 'WebTaskDef' } } };
    const { spec, outputs } = loadOk(template);
    expect(spec.taskDefinitions[0]?.revision).toBe(3);
    expect(outputs.TaskDefinitionArn).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3');
  });

  it('takes instances one by one, each omitted field defaulting as the count form does', () => {
    const template = ec2Template();
    const id = instanceId('listed');
    (resources(template).Cluster as Json).Metadata = {
      EcsOrchestra: { instanceType: 't3.large', instances: [{ id }, { id: instanceId('second'), instanceType: 'm5.large', availabilityZone: 'us-east-1c', source: 'Workers', cpu: 1024 }] },
    };
    const { spec, warnings } = loadOk(template);
    expect(warnings).toEqual([]);
    expect(spec.clusters[0]?.instances).toEqual([
      { id, instanceType: 't3.large', availabilityZone: 'us-east-1a', cpu: 2048, memory: 8192, source: 'Metadata' },
      { id: instanceId('second'), instanceType: 'm5.large', availabilityZone: 'us-east-1c', cpu: 1024, memory: 8192, source: 'Workers' },
    ]);
  });

  it('reports a malformed instance ID and warns about an unknown type', () => {
    const template = ec2Template();
    (resources(template).Cluster as Json).Metadata = { EcsOrchestra: { instances: [{ id: 'i-123' }] } };
    expect(lines(loadErrors(template))).toEqual(['Cluster|Metadata.EcsOrchestra.instances[0].id|an EC2 instance ID is "i-" and 17 lowercase hex digits']);
    (resources(template).Cluster as Json).Metadata = { EcsOrchestra: { instances: [{ id: instanceId('x'), instanceType: 'x9.mega' }] } };
    expect(lines(loadOk(template).warnings)).toEqual([expect.stringContaining("Cluster|Metadata.EcsOrchestra.instances[0].instanceType|Instance type 'x9.mega'")]);
  });
});
