import { describe, expect, it } from 'vitest';
import { baseTemplate, ec2Template, lines, loadErrors, loadOk, props, type Json } from './helpers';

function withPlacement(strategies: unknown, constraints?: unknown): Json {
  const template = ec2Template();
  props(template, 'WebService').PlacementStrategies = strategies;
  if (constraints !== undefined) props(template, 'WebService').PlacementConstraints = constraints;
  return template;
}

function container(template: Json): Json {
  return (props(template, 'WebTaskDef').ContainerDefinitions as Json[])[0] as Json;
}

describe('PlacementStrategies and PlacementConstraints', () => {
  it('reads them into the spec, host as instanceId and the binpack field in lower case', () => {
    const { spec, warnings } = loadOk(withPlacement(
      [
        { Type: 'spread', Field: 'attribute:ecs.availability-zone' },
        { Type: 'spread', Field: 'host' },
        { Type: 'binpack', Field: 'MEMORY' },
        { Type: 'random' },
      ],
      [{ Type: 'distinctInstance' }],
    ));
    expect(warnings).toEqual([]);
    expect(spec.services[0]?.placementStrategies).toEqual([
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'spread', field: 'instanceId' },
      { type: 'binpack', field: 'memory' },
      { type: 'random', field: null },
    ]);
    expect(spec.services[0]?.placementConstraints).toEqual([{ type: 'distinctInstance', expression: null }]);
  });

  it('reads memberOf but warns that expressions are not simulated yet', () => {
    const { spec, warnings } = loadOk(withPlacement([], [{ Type: 'memberOf', Expression: 'attribute:ecs.instance-type =~ t3.*' }]));
    expect(spec.services[0]?.placementConstraints).toEqual([{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }]);
    expect(lines(warnings)).toEqual([
      'WebService|Properties.PlacementConstraints[0].Expression|memberOf expressions are not simulated yet: every container instance of the cluster is a candidate.',
    ]);
  });

  it('leaves out a spread by an attribute it does not simulate, with a warning', () => {
    const { spec, warnings } = loadOk(withPlacement([{ Type: 'spread', Field: 'attribute:ecs.instance-type' }]));
    expect(spec.services[0]?.placementStrategies).toEqual([]);
    expect(lines(warnings)).toEqual([
      'WebService|Properties.PlacementStrategies[0].Field|Spreading by attribute:ecs.instance-type is not simulated yet (only by attribute:ecs.availability-zone and instanceId): this strategy is left out.',
    ]);
  });

  it('reports every malformed entry', () => {
    const errors = loadErrors(withPlacement(
      [{ Type: 'spread' }, { Type: 'binpack', Field: 'disk' }, { Type: 'pack' }, { Field: 'cpu' }],
      [{ Type: 'distinctInstance', Expression: 'attribute:x == y' }, { Type: 'memberOf' }],
    ));
    expect(lines(errors)).toEqual([
      'WebService|Properties.PlacementStrategies[0]|The spread placement strategy needs a Field: instanceId (or host, which has the same effect), or an attribute of the container instances such as attribute:ecs.availability-zone.',
      "WebService|Properties.PlacementStrategies[1].Field|The binpack placement strategy packs by cpu or memory, not 'disk'.",
      "WebService|Properties.PlacementStrategies[2].Type|Value 'pack' at 'placementStrategy.member.type' failed to satisfy constraint: Member must satisfy enum value set: [random, spread, binpack]",
      'WebService|Properties.PlacementStrategies[3]|needs "Type"',
      "WebService|Properties.PlacementConstraints[0].Expression|You can't specify an expression if the constraint type is distinctInstance.",
      'WebService|Properties.PlacementConstraints[1]|A memberOf constraint needs an Expression in the cluster query language, e.g. "attribute:ecs.instance-type =~ t3.*".',
    ]);
  });

  it('allows at most 5 strategies', () => {
    const errors = loadErrors(withPlacement(Array.from({ length: 6 }, () => ({ Type: 'random' }))));
    expect(lines(errors)).toEqual(['WebService|Properties.PlacementStrategies|You can specify a maximum of 5 strategy rules for each service (found 6).']);
  });

  it('rejects placement settings on Fargate, saying why an omitted LaunchType is Fargate', () => {
    const fargate = baseTemplate();
    props(fargate, 'WebService').PlacementStrategies = [{ Type: 'spread', Field: 'attribute:ecs.availability-zone' }];
    props(fargate, 'WebService').PlacementConstraints = [{ Type: 'distinctInstance' }];
    expect(lines(loadErrors(fargate))).toEqual([
      'WebService|Properties.PlacementStrategies|Placement strategies are not supported with FARGATE launch type.',
      'WebService|Properties.PlacementConstraints|Placement constraints are not supported with FARGATE launch type.',
    ]);
    delete props(fargate, 'WebService').LaunchType;
    delete props(fargate, 'WebService').PlacementConstraints;
    expect(lines(loadErrors(fargate))).toEqual([
      'WebService|Properties.PlacementStrategies|Placement strategies are not supported with FARGATE launch type. (LaunchType is omitted, cluster Cluster has no EC2 capacity and task definition WebTaskDef is Fargate-compatible, so the service runs on Fargate; set LaunchType to EC2 to place tasks on instances.)',
    ]);
  });
});

describe('network modes on EC2', () => {
  it('bridge: HostPort 0 or absent is a dynamic port (null), a fixed one is kept', () => {
    const template = ec2Template();
    container(template).PortMappings = [{ ContainerPort: 8080, HostPort: 0 }, { ContainerPort: 9090 }, { ContainerPort: 80, HostPort: 80 }];
    const mappings = loadOk(template).spec.taskDefinitions[0]?.containers[0]?.portMappings;
    expect(mappings?.map((m) => [m.containerPort, m.hostPort])).toEqual([[8080, null], [9090, null], [80, 80]]);
  });

  it('host: the host port is the container port, and must equal it when written', () => {
    const template = ec2Template();
    props(template, 'WebTaskDef').NetworkMode = 'host';
    const mappings = loadOk(template).spec.taskDefinitions[0]?.containers[0]?.portMappings;
    expect(mappings).toEqual([{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }]);
    container(template).PortMappings = [{ ContainerPort: 8080, HostPort: 80 }];
    expect(lines(loadErrors(template))).toEqual([
      'WebTaskDef|Properties.ContainerDefinitions[0].PortMappings|When networkMode=host, the host ports and container ports in port mappings must match.',
    ]);
  });

  it('keeps the target type and the network mode in agreement', () => {
    const ipForBridge = ec2Template();
    props(ipForBridge, 'WebTargets').TargetType = 'ip';
    expect(loadErrors(ipForBridge).map((e) => e.message)).toEqual([
      expect.stringMatching(/has target type ip, which is incompatible with the bridge network mode specified in the task definition\.$/) as unknown,
    ]);
    const ipForHost = ec2Template();
    props(ipForHost, 'WebTaskDef').NetworkMode = 'host';
    props(ipForHost, 'WebTargets').TargetType = 'ip';
    expect(loadErrors(ipForHost).map((e) => e.message)).toEqual([
      expect.stringMatching(/has target type ip, which is incompatible with the host network mode/) as unknown,
    ]);
    const instanceForAwsvpc = ec2Template();
    props(instanceForAwsvpc, 'WebTaskDef').NetworkMode = 'awsvpc';
    props(instanceForAwsvpc, 'WebService').NetworkConfiguration = { AwsvpcConfiguration: { Subnets: ['subnet-1'] } };
    expect(loadErrors(instanceForAwsvpc).map((e) => e.message)).toEqual([
      expect.stringMatching(/has target type instance, which is incompatible with the awsvpc network mode/) as unknown,
    ]);
  });

  it('needs container memory when the task has none, in AWS words', () => {
    const template = ec2Template();
    delete container(template).Memory;
    expect(lines(loadErrors(template))).toEqual([
      "WebTaskDef|Properties.ContainerDefinitions[0]|Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.",
    ]);
    container(template).MemoryReservation = 128;
    expect(loadOk(template).warnings).toEqual([]);
  });
});
