import { describe, expect, it } from 'vitest';
import { clusterArn, loadBalancerDnsName, serviceArn, targetGroupArn } from '../../src/engine/names';
import { baseTemplate, lines, loadOk, props, resources, type Json } from './helpers';

const DNS = loadBalancerDnsName('alb', 'Alb', 'internet-facing');

function withOutputs(outputs: Json, extra: Json = {}): Json {
  return { ...baseTemplate(), ...extra, Outputs: Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, { Value: v }])) };
}

describe('intrinsic functions', () => {
  it('Fn::Sub prints pseudo parameters, ${Res.Attr}, ${Res} and ${!Literal}', () => {
    const { outputs } = loadOk(withOutputs({
      Pseudo: { 'Fn::Sub': '${AWS::StackName}|${AWS::Region}|${AWS::AccountId}|${AWS::Partition}|${AWS::URLSuffix}' },
      Url: { 'Fn::Sub': 'http://${Alb.DNSName}/${!Literal}' },
      Refs: { 'Fn::Sub': '${Cluster} ${WebTargets} ${WebService} ${WebService.Name}' },
      Vars: { 'Fn::Sub': ['${Host}:${Port}', { Host: { 'Fn::GetAtt': ['Alb', 'DNSName'] }, Port: 80 }] },
    }), { stackName: 'shop' });
    expect(outputs).toEqual({
      Pseudo: 'shop|us-east-1|123456789012|aws|amazonaws.com',
      Url: `http://${DNS}/\${Literal}`,
      Refs: `Cluster ${targetGroupArn('WebTargets', 'WebTargets')} ${serviceArn('Cluster', 'WebService')} WebService`,
      Vars: `${DNS}:80`,
    });
  });

  it('Fn::GetAtt takes the list and the dotted form', () => {
    const { outputs } = loadOk(withOutputs({
      List: { 'Fn::GetAtt': ['Cluster', 'Arn'] },
      Dotted: { 'Fn::GetAtt': 'Cluster.Arn' },
      FullName: { 'Fn::GetAtt': 'WebTargets.TargetGroupFullName' },
    }));
    expect(outputs.List).toBe(clusterArn('Cluster'));
    expect(outputs.Dotted).toBe(clusterArn('Cluster'));
    expect(outputs.FullName).toMatch(/^targetgroup\/WebTargets\/[0-9a-f]{16}$/);
  });

  it('Fn::Join, Fn::Select, Fn::Split, Fn::GetAZs, Fn::Base64 and Fn::FindInMap', () => {
    const { outputs } = loadOk(withOutputs({
      Join: { 'Fn::Join': ['-', ['a', { Ref: 'AWS::Region' }, 3, true]] },
      Split: { 'Fn::Select': [1, { 'Fn::Split': [',', 'x,y,z'] }] },
      Az: { 'Fn::Select': ['2', { 'Fn::GetAZs': '' }] },
      Base64: { 'Fn::Base64': 'plain' },
      Map: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Count'] },
    }, {
      Parameters: { Env: { Type: 'String', Default: 'prod' } },
      Mappings: { Sizes: { dev: { Count: 1 }, prod: { Count: 4 } } },
    }));
    expect(outputs).toEqual({ Join: 'a-us-east-1-3-true', Split: 'y', Az: 'us-east-1c', Base64: 'plain', Map: '4' });
  });

  it('Fn::If with AWS::NoValue removes a key or a list item', () => {
    const template = baseTemplate();
    template.Parameters = { Stage: { Type: 'String', Default: 'test' } };
    template.Conditions = { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } };
    props(template, 'WebService').ServiceName = { 'Fn::If': ['IsProd', 'web-prod', { Ref: 'AWS::NoValue' }] };
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.PortMappings = [{ ContainerPort: 8080 }, { 'Fn::If': ['IsProd', { ContainerPort: 9090 }, { Ref: 'AWS::NoValue' }] }];
    const test = loadOk(template).spec;
    expect(test.services[0]?.name).toBe('WebService');
    expect(test.taskDefinitions[0]?.containers[0]?.portMappings.map((m) => m.containerPort)).toEqual([8080]);
    const prod = loadOk(template, { parameters: { Stage: 'prod' } }).spec;
    expect(prod.services[0]?.name).toBe('web-prod');
    expect(prod.taskDefinitions[0]?.containers[0]?.portMappings.map((m) => m.containerPort)).toEqual([8080, 9090]);
  });

  it('evaluates Conditions with Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition', () => {
    const template = withOutputs({});
    template.Parameters = { A: { Type: 'String', Default: 'x' }, B: { Type: 'String', Default: 'y' } };
    template.Conditions = {
      AIsX: { 'Fn::Equals': [{ Ref: 'A' }, 'x'] },
      BIsX: { 'Fn::Equals': ['x', { Ref: 'B' }] },
      Both: { 'Fn::And': [{ Condition: 'AIsX' }, { Condition: 'BIsX' }] },
      Either: { 'Fn::Or': [{ Condition: 'AIsX' }, { Condition: 'BIsX' }] },
      NotB: { 'Fn::Not': [{ Condition: 'BIsX' }] },
    };
    template.Outputs = Object.fromEntries(['AIsX', 'BIsX', 'Both', 'Either', 'NotB'].map((c) => [c, { Condition: c, Value: c }]));
    expect(Object.keys(loadOk(template).outputs)).toEqual(['AIsX', 'Either', 'NotB']);
    expect(Object.keys(loadOk(template, { parameters: { B: 'x' } }).outputs)).toEqual(['AIsX', 'BIsX', 'Both', 'Either']);
  });

  it('keeps references to resources as links in the spec, also when written as a literal ARN', () => {
    const template = baseTemplate();
    const lb = (props(template, 'WebService').LoadBalancers as Json[])[0] as Json;
    lb.TargetGroupArn = targetGroupArn('WebTargets', 'WebTargets');
    const { spec } = loadOk(template);
    expect(spec.services[0]).toMatchObject({ clusterId: 'Cluster', taskDefinitionId: 'WebTaskDef', loadBalancers: [{ targetGroupId: 'WebTargets' }] });
    expect(spec.listeners[0]?.loadBalancerId).toBe('Alb');
  });

  it('takes parameter values from options, then Metadata.EcsOrchestra.parameters, then Default', () => {
    const template = baseTemplate();
    template.Parameters = { Count: { Type: 'Number', Default: 1 }, Image: { Type: 'String', Default: 'img:default' } };
    template.Metadata = { EcsOrchestra: { parameters: { Count: 3, Image: 'img:metadata' } } };
    props(template, 'WebService').DesiredCount = { Ref: 'Count' };
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.Image = { Ref: 'Image' };
    const fromMetadata = loadOk(template).spec;
    expect(fromMetadata.services[0]?.desiredCount).toBe(3);
    expect(fromMetadata.taskDefinitions[0]?.containers[0]?.image).toBe('img:metadata');
    const fromOptions = loadOk(template, { parameters: { Count: '5' } }).spec;
    expect(fromOptions.services[0]?.desiredCount).toBe(5);
  });

  it('Fn::ImportValue warns only where a simulated value needs it, and the default applies', () => {
    const template = withOutputs({ Imported: { 'Fn::ImportValue': 'other-stack-url' } });
    props(template, 'WebService').DesiredCount = { 'Fn::ImportValue': 'other-stack-count' };
    props(template, 'WebService').Tags = [{ Key: 'team', Value: { 'Fn::ImportValue': 'other-stack-team' } }];
    const { spec, warnings, outputs } = loadOk(template);
    expect(spec.services[0]?.desiredCount).toBe(1);
    expect(lines(warnings)).toEqual([
      'WebService|Properties.DesiredCount|Fn::ImportValue "other-stack-count" is another stack\'s export, which a single template cannot resolve; the simulator uses 1.',
    ]);
    expect(outputs).toEqual({});
  });

  it('never evaluates what the simulation does not need', () => {
    const template = baseTemplate();
    resources(template).Subnet = {
      Type: 'AWS::EC2::Subnet',
      Properties: { CidrBlock: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }, AvailabilityZone: { 'Fn::Select': [7, { 'Fn::GetAZs': '' }] } },
    };
    props(template, 'WebService').Tags = [{ Key: 'x', Value: { 'Fn::Length': [1, 2] } }];
    const result = loadOk(template);
    expect(result.warnings).toEqual([]);
    expect(result.notSimulated).toEqual([{ logicalId: 'Subnet', type: 'AWS::EC2::Subnet' }]);
  });

  it('names an implicit cluster after an imported export, and lists a rule on an imported listener as not simulated', () => {
    const template = baseTemplate();
    props(template, 'WebService').Cluster = { 'Fn::ImportValue': 'network-stack-ClusterName' };
    resources(template).ImportedRule = {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: { 'Fn::ImportValue': 'network-stack-Listener' },
        Priority: 5,
        Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
        Actions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }],
      },
    };
    const result = loadOk(template);
    expect(result.spec.clusters.map((c) => c.name)).toEqual(['Cluster', 'network-stack-ClusterName']);
    expect(result.spec.services[0]?.clusterId).toBe('network-stack-ClusterName');
    expect(result.spec.rules).toEqual([]);
    expect(result.notSimulated).toEqual([{ logicalId: 'ImportedRule', type: 'AWS::ElasticLoadBalancingV2::ListenerRule' }]);
    expect(lines(result.warnings)).toEqual([
      'ImportedRule|Properties.ListenerArn|Fn::ImportValue "network-stack-Listener" is another stack\'s export, which a single template cannot resolve; it is listed as not simulated.',
      'WebService|Properties.Cluster|Fn::ImportValue "network-stack-ClusterName" is another stack\'s export, which a single template cannot resolve; the service runs in an implicit cluster.',
    ]);
  });

  it('uses a String parameter without a value as a placeholder of its own name, with a warning', () => {
    const template = baseTemplate();
    template.Parameters = { ContainerName: { Type: 'String' }, VpcId: { Type: 'AWS::EC2::VPC::Id' } };
    const container = (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
    container.Name = { Ref: 'ContainerName' };
    ((props(template, 'WebService').LoadBalancers as Json[])[0] as Json).ContainerName = { Ref: 'ContainerName' };
    props(template, 'WebTargets').VpcId = { Ref: 'VpcId' };
    const result = loadOk(template);
    expect(result.spec.services[0]?.loadBalancers[0]?.containerName).toBe('ContainerName');
    expect(lines(result.warnings)).toEqual([
      'Parameters.ContainerName||Parameters: [ContainerName] must have values; the simulator uses the placeholder "ContainerName" (give a value in Metadata.EcsOrchestra.parameters).',
    ]);
  });
});
