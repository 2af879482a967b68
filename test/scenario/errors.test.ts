import { describe, expect, it } from 'vitest';
import { targetGroupArn } from '../../src/engine/names';
import { loadScenario } from '../../src/scenario';
import { baseTemplate, lines, loadErrors, loadOk, props, resources, type Json } from './helpers';

const TG_ARN = targetGroupArn('WebTargets', 'WebTargets');

function container(template: Json): Json {
  return (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
}

describe('validation reports every problem at once', () => {
  it('a template with three different problems yields three errors, each with logical ID and path', () => {
    const template = baseTemplate();
    props(template, 'WebService').DesiredCount = -1;
    ((props(template, 'WebService').LoadBalancers as Json[])[0] as Json).ContainerPort = 9090;
    (resources(template).WebService as Json).DependsOn = ['Listener', 'Nope'];
    expect(lines(loadErrors(template))).toEqual([
      'WebService|DependsOn[1]|Template format error: Unresolved resource dependencies [Nope] in the Resources block of the template',
      'WebService|Properties.DesiredCount|DesiredCount -1 is out of range: it must be 0 or more.',
      'WebService|Properties.LoadBalancers[0].ContainerPort|The container web did not have a container port 9090 defined.',
    ]);
  });

  it('reports references to missing resources in CloudFormation words, wherever they are', () => {
    const template = baseTemplate();
    props(template, 'WebService').Cluster = { Ref: 'MissingCluster' };
    resources(template).Role = { Type: 'AWS::IAM::Role', Properties: { Path: { 'Fn::Sub': '/${Nowhere.Arn}/' } } };
    template.Outputs = { Url: { Value: { 'Fn::GetAtt': ['Gone', 'DNSName'] } } };
    expect(lines(loadErrors(template))).toEqual([
      'WebService|Properties.Cluster.Ref|Template format error: Unresolved resource dependencies [MissingCluster] in the Resources block of the template',
      'Role|Properties.Path.Fn::Sub|Template format error: Unresolved resource dependencies [Nowhere] in the Resources block of the template',
      'Outputs.Url|Value.Fn::GetAtt|Template format error: Unresolved resource dependencies [Gone] in the Outputs block of the template',
    ]);
  });

  it('a reference to a resource removed by its Condition is an error; one inside the Fn::If branch not taken is not', () => {
    const template = baseTemplate();
    template.Conditions = { Never: { 'Fn::Equals': ['a', 'b'] } };
    resources(template).Extra = { Type: 'AWS::ECS::Cluster', Condition: 'Never' };
    props(template, 'WebService').Cluster = { Ref: 'Extra' };
    expect(lines(loadErrors(template))).toEqual([
      'WebService|Properties.Cluster.Ref|Template format error: Unresolved resource dependencies [Extra] in the Resources block of the template (Extra exists only when its condition Never is true)',
    ]);
    props(template, 'WebService').Cluster = { 'Fn::If': ['Never', { Ref: 'Extra' }, { Ref: 'Cluster' }] };
    expect(loadOk(template).spec.services[0]?.clusterId).toBe('Cluster');
  });

  it('reports unsupported GetAtt attributes and circular dependencies', () => {
    const template = baseTemplate();
    template.Outputs = { Bad: { Value: { 'Fn::GetAtt': ['Alb', 'Url'] } } };
    props(template, 'WebTargets').Name = { 'Fn::GetAtt': ['WebService', 'Name'] };
    expect(lines(loadErrors(template))).toEqual([
      'Outputs.Bad|Value.Fn::GetAtt|Template error: resource Alb does not support attribute type Url in Fn::GetAtt (AWS::ElasticLoadBalancingV2::LoadBalancer has CanonicalHostedZoneID, DNSName, LoadBalancerArn, LoadBalancerFullName, LoadBalancerName, SecurityGroups)',
      'WebTargets||Circular dependency between resources: [WebTargets, Listener, WebService]',
    ]);
  });

  it('checks the service against its task definition and target group in AWS words', () => {
    const template = baseTemplate();
    ((props(template, 'WebService').LoadBalancers as Json[])[0] as Json).ContainerName = 'api';
    props(template, 'WebTargets').TargetType = 'instance';
    props(template, 'Listener').DefaultActions = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }];
    expect(lines(loadErrors(template))).toEqual([
      'WebService|Properties.LoadBalancers[0].ContainerName|The container api does not exist in the task definition.',
      `WebService|Properties.LoadBalancers[0].TargetGroupArn|The target group with targetGroupArn ${TG_ARN} does not have an associated load balancer. (No listener or rule forwards to WebTargets.)`,
      `WebService|Properties.LoadBalancers[0].TargetGroupArn|The provided target group ${TG_ARN} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`,
    ]);
  });

  it('checks Fargate task sizes, deployment ranges, container health checks and essential containers', () => {
    const template = baseTemplate();
    props(template, 'WebTaskDef').Memory = '4096';
    Object.assign(container(template), { Essential: false, HealthCheck: { Command: ['CMD', 'true'], Interval: 2, Retries: 11 } });
    props(template, 'WebService').DeploymentConfiguration = { MaximumPercent: 50, MinimumHealthyPercent: 150 };
    props(template, 'WebService').HealthCheckGracePeriodSeconds = -5;
    expect(lines(loadErrors(template))).toEqual([
      "WebTaskDef|Properties.ContainerDefinitions|Task definition doesn't have any essential container. (Essential defaults to true; at least one container must keep it.)",
      'WebTaskDef|Properties.ContainerDefinitions[0].HealthCheck.Interval|HealthCheck Interval 2 is out of range: AWS allows 5-300 seconds.',
      'WebTaskDef|Properties.ContainerDefinitions[0].HealthCheck.Retries|HealthCheck Retries 11 is out of range: AWS allows 1-10.',
      'WebTaskDef|Properties.Memory|No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values. (cpu 256 allows memory 512, 1024, 2048 MiB.)',
      'WebService|Properties.DeploymentConfiguration.MaximumPercent|MaximumPercent 50 is out of range: AWS allows 100 or more for rolling updates (the upper limit of tasks, as a percent of DesiredCount).',
      'WebService|Properties.DeploymentConfiguration.MinimumHealthyPercent|MinimumHealthyPercent 150 is out of range: AWS allows 0-100.',
      'WebService|Properties.HealthCheckGracePeriodSeconds|HealthCheckGracePeriodSeconds -5 is out of range: AWS allows 0-2147483647 seconds.',
    ]);
  });

  it('requires task-level cpu and memory and awsvpc for Fargate', () => {
    const template = baseTemplate();
    delete props(template, 'WebTaskDef').Cpu;
    delete props(template, 'WebTaskDef').Memory;
    props(template, 'WebTaskDef').NetworkMode = 'bridge';
    props(template, 'WebTargets').TargetType = 'instance';
    expect(lines(loadErrors(template))).toEqual([
      "WebTaskDef|Properties.NetworkMode|Fargate only supports network mode 'awsvpc'.",
      "WebTaskDef|Properties.Cpu|Fargate requires that 'cpu' be defined at the task level.",
      "WebTaskDef|Properties.Memory|Fargate requires that 'memory' be defined at the task level.",
    ]);
  });

  it('collects the load balancer checks of elbValidation with the rest', () => {
    const template = baseTemplate();
    props(template, 'WebTargets').HealthCheckTimeoutSeconds = 30;
    props(template, 'WebService').DesiredCount = -2;
    const messages = lines(loadErrors(template));
    expect(messages).toContain('WebService|Properties.DesiredCount|DesiredCount -2 is out of range: it must be 0 or more.');
    expect(messages).toContain("WebTargets|Properties.HealthCheckTimeoutSeconds|Health check timeout '30' must be smaller than the interval '30'");
  });

  it('reports parameter problems in CloudFormation words', () => {
    const template = baseTemplate();
    template.Parameters = {
      Count: { Type: 'Number' },
      Stage: { Type: 'String', Default: 'qa', AllowedValues: ['dev', 'prod'] },
    };
    props(template, 'WebService').DesiredCount = { Ref: 'Count' };
    expect(lines(loadErrors(template, { parameters: { Extra: '1' } }))).toEqual([
      'Options|parameters|Parameters: [Extra] do not exist in the template',
      "Parameters.Stage|AllowedValues|Parameter 'Stage' must be one of AllowedValues",
      'Parameters.Count||Parameters: [Count] must have values (give one in Metadata.EcsOrchestra.parameters).',
    ]);
  });
});

describe('input that is not a usable template', () => {
  it('reports invalid JSON with line and column', () => {
    const text = '{\n  "Resources": {\n    "A": { "Type": "AWS::ECS::Cluster" },\n  }\n}';
    const errors = loadErrors(text);
    expect(lines(errors)).toEqual([
      'Template||Invalid JSON at line 4, column 3: Unexpected character "}"; expected a property name in double quotes',
    ]);
    expect(loadErrors('{"Resources": {"A": {"Type": "x"}}')[0]?.message).toBe('Invalid JSON at line 1, column 35: Unexpected end of input; expected "," or "}"');
    expect(loadErrors('{"a": "line\nbreak"}')[0]?.message).toMatch(/^Invalid JSON at line 1, column 12: Bad control character/);
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [
      null, 42, 'null', '[]', '', {}, { Resources: [] }, { Resources: { A: null } }, { Resources: { A: { Type: 5 } } },
      { Resources: { S: { Type: 'AWS::ECS::Service', Properties: 'x' } } },
      { Resources: { S: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: { 'Fn::Join': 5 }, LoadBalancers: 'x' } } } },
      { Resources: { T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [null, 3, { PortMappings: [null] }] } } } },
      { Resources: { R: { Type: 'AWS::ElasticLoadBalancingV2::ListenerRule', Properties: { Conditions: [{}], Actions: [{ Type: 'forward' }] } } } },
      { Metadata: { EcsOrchestra: [] }, Resources: { C: { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: { 'Fn::If': 'x' } } } } },
      { Conditions: { A: { Condition: 'A' } }, Resources: { C: { Type: 'AWS::ECS::Cluster', Condition: 'A' } } },
    ];
    for (const input of inputs) {
      const result = loadScenario(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      // Each problem is reported as itself, not as a crash caught at the top.
      if (!result.ok) expect(result.errors.map((e) => e.message).join('\n')).not.toContain('could not be loaded');
    }
  });

  it('needs a Resources section', () => {
    expect(lines(loadErrors({ Description: 'nothing' }))).toEqual(['Resources||Template format error: At least one Resources member must be defined.']);
  });
});

describe('warnings', () => {
  it('unknown properties on simulated types warn and never fail', () => {
    const template = baseTemplate();
    props(template, 'WebService').Colour = 'blue';
    container(template).Flavour = 'mint';
    const result = loadOk(template);
    expect(lines(result.warnings)).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].Flavour|Encountered unsupported property Flavour; the simulator ignores it.',
      'WebService|Properties.Colour|Encountered unsupported property Colour; the simulator ignores it.',
    ]);
  });

  it('loads features that are not simulated yet with a warning that says so', () => {
    const template = baseTemplate();
    template.Transform = 'AWS::Serverless-2016-10-31';
    props(template, 'WebService').DeploymentController = { Type: 'CODE_DEPLOY' };
    props(template, 'WebService').SchedulingStrategy = 'DAEMON';
    props(template, 'WebTargets').TargetGroupAttributes = [
      { Key: 'stickiness.enabled', Value: 'true' },
      { Key: 'load_balancing.algorithm.type', Value: 'weighted_random' },
    ];
    const result = loadOk(template);
    expect(result.spec.targetGroups[0]?.algorithm).toBe('round_robin');
    // Stickiness is simulated since issue 14: no warning, the group's lb_cookie for AWS's default day.
    expect(result.spec.targetGroups[0]?.stickiness).toEqual({ type: 'lb_cookie', durationSeconds: 86_400 });
    expect(result.spec.services[0]?.deployment).toMatchObject({ maximumPercent: 100, minimumHealthyPercent: 0 });
    expect(lines(result.warnings)).toEqual([
      'Transform||Transform AWS::Serverless-2016-10-31 is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.',
      'WebTargets|Properties.TargetGroupAttributes[1].Value|weighted_random is not simulated yet: the simulator routes round robin.',
      'WebService|Properties.SchedulingStrategy|SchedulingStrategy DAEMON is not simulated yet: the service runs as a REPLICA service with its desired count.',
      'WebService|Properties.DeploymentController|Blue/green deployments (CODE_DEPLOY) are not simulated yet: the service runs its task definition with the rolling (ECS) controller.',
    ]);
  });
});
