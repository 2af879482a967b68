import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instanceId } from '../../src/engine/names';
import { baseTemplate, ec2Template, lines, loadErrors, loadOk, props, resources, type Json } from './helpers';

const ASG_FIXTURE = fileURLToPath(new URL('./fixtures/ec2/asg-launch-template.json', import.meta.url));
const asgTemplate = (): Json => JSON.parse(readFileSync(ASG_FIXTURE, 'utf8')) as Json;

const summary = (spec: { clusters: readonly { id: string; instances: readonly { instanceType: string; availabilityZone: string; cpu: number; memory: number; source: string }[] }[] }) =>
  spec.clusters.map((c) => [c.id, c.instances.map((i) => `${i.source} ${i.instanceType} ${i.availabilityZone} ${i.cpu}/${i.memory}`)]);

describe('container instances from an Auto Scaling group', () => {
  it('registers DesiredCapacity instances of the launch template type, round-robin over the zones', () => {
    const { spec, warnings, notSimulated } = loadOk(asgTemplate());
    expect(warnings).toEqual([]);
    expect(spec.clusters).toEqual([{
      id: 'Cluster', name: 'Cluster',
      instances: ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1a'].map((availabilityZone, index) => ({
        id: instanceId(`Cluster/Instances/${index + 1}`), instanceType: 't3.small', availabilityZone, cpu: 2048, memory: 2048, source: 'Instances',
      })),
    }]);
    expect(new Set(spec.clusters[0]?.instances.map((i) => i.id)).size).toBe(4);
    // The group now runs as capacity; its launch template only sizes it.
    expect(notSimulated).toEqual([{ logicalId: 'InstanceTemplate', type: 'AWS::EC2::LaunchTemplate' }]);
    expect(spec.services[0]?.launchType).toBe('EC2');
  });

  it('resolves parameters, falls back to MinSize and checks DesiredCapacity against the bounds', () => {
    expect(loadOk(asgTemplate(), { parameters: { InstanceCount: '2' } }).spec.clusters[0]?.instances).toHaveLength(2);
    const noDesired = asgTemplate();
    delete props(noDesired, 'Instances').DesiredCapacity;
    expect(loadOk(noDesired).spec.clusters[0]?.instances).toHaveLength(1);
    expect(lines(loadErrors(asgTemplate(), { parameters: { InstanceCount: '9' } }))).toEqual([
      'Instances|Properties.DesiredCapacity|Desired capacity:9 must be between the specified min size:1 and max size:6',
    ]);
  });

  it('reads a launch configuration, user data joined with a Ref, and a type chosen by Fn::If', () => {
    const template = asgTemplate();
    template.Conditions = { Big: { 'Fn::Equals': ['a', 'a'] } };
    delete resources(template).InstanceTemplate;
    resources(template).InstanceConfig = {
      Type: 'AWS::AutoScaling::LaunchConfiguration',
      Properties: {
        ImageId: 'ami-1',
        InstanceType: { 'Fn::If': ['Big', 'm5.large', 't3.micro'] },
        UserData: { 'Fn::Base64': { 'Fn::Join': ['', ['#!/bin/bash\n', 'echo ECS_CLUSTER=', { Ref: 'Cluster' }, ' >> /etc/ecs/ecs.config']] } },
      },
    };
    const group = props(template, 'Instances');
    delete group.LaunchTemplate;
    group.LaunchConfigurationName = { Ref: 'InstanceConfig' };
    const { spec, warnings } = loadOk(template);
    expect(warnings).toEqual([]);
    expect(summary(spec)[0]?.[1]).toEqual(['a', 'b', 'c', 'a'].map((z) => `Instances m5.large us-east-1${z} 2048/8192`));
  });

  it('finds the launch template by its name too', () => {
    const template = asgTemplate();
    props(template, 'InstanceTemplate').LaunchTemplateName = 'web-hosts';
    props(template, 'Instances').LaunchTemplate = { LaunchTemplateName: 'web-hosts', Version: '1' };
    expect(loadOk(template).spec.clusters[0]?.instances[0]?.instanceType).toBe('t3.small');
  });

  it('reports a group without a launch source, and a launch template named twice, in AWS words', () => {
    const none = asgTemplate();
    delete props(none, 'Instances').LaunchTemplate;
    expect(lines(loadErrors(none))).toEqual([
      'Instances|Properties|Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.',
    ]);
    const both = asgTemplate();
    (props(both, 'Instances').LaunchTemplate as Json).LaunchTemplateName = 'web-hosts';
    expect(lines(loadErrors(both))).toEqual(['Instances|Properties.LaunchTemplate|Valid requests must contain either launchTemplateId or LaunchTemplateName']);
  });

  it('sizes a MixedInstancesPolicy group by its first override, with a warning', () => {
    const template = asgTemplate();
    const group = props(template, 'Instances');
    group.MixedInstancesPolicy = {
      LaunchTemplate: { LaunchTemplateSpecification: group.LaunchTemplate, Overrides: [{ InstanceType: 'c5.xlarge' }, { InstanceType: 'm5.large' }] },
    };
    delete group.LaunchTemplate;
    const { spec, warnings } = loadOk(template);
    expect(lines(warnings)).toEqual(['Instances|Properties.MixedInstancesPolicy|MixedInstancesPolicy is not simulated yet: every instance of the group is c5.xlarge, the first override.']);
    expect(spec.clusters[0]?.instances[0]).toMatchObject({ instanceType: 'c5.xlarge', cpu: 4096, memory: 8192 });
  });

  it('warns about an instance type the table does not know and counts it as t3.medium', () => {
    const template = asgTemplate();
    ((props(template, 'InstanceTemplate').LaunchTemplateData as Json)).InstanceType = 'x9.huge';
    const { spec, warnings } = loadOk(template);
    expect(lines(warnings)).toEqual([
      "InstanceTemplate|Properties.LaunchTemplateData.InstanceType|Instance type 'x9.huge' is not in the simulator's table of instance sizes; it counts as t3.medium (2 vCPUs, 4 GiB).",
    ]);
    expect(spec.clusters[0]?.instances[0]).toMatchObject({ instanceType: 't3.medium', cpu: 2048, memory: 4096 });
  });

  describe('which cluster a group joins', () => {
    function twoClusters(userData: unknown): Json {
      const template = asgTemplate();
      resources(template).OtherCluster = { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: 'batch' } };
      ((props(template, 'InstanceTemplate').LaunchTemplateData as Json)).UserData = userData;
      return template;
    }

    // The web service's cluster is then left without capacity of its own, so it gets the 3 default instances.
    it('the cluster its user data references, among several', () => {
      const { spec } = loadOk(twoClusters({ 'Fn::Base64': { 'Fn::Sub': 'echo ECS_CLUSTER=${OtherCluster} >> /etc/ecs/ecs.config' } }));
      expect(spec.clusters.map((c) => [c.id, c.instances.map((i) => i.source)])).toEqual([['Cluster', ['default', 'default', 'default']], ['OtherCluster', ['Instances', 'Instances', 'Instances', 'Instances']]]);
    });

    it('the cluster whose name the user data writes after ECS_CLUSTER=', () => {
      const { spec } = loadOk(twoClusters({ 'Fn::Base64': 'echo ECS_CLUSTER=batch >> /etc/ecs/ecs.config' }));
      expect(spec.clusters.map((c) => [c.id, c.instances.length])).toEqual([['Cluster', 3], ['OtherCluster', 4]]);
    });

    it('none, with a warning, when there are several clusters and the user data names none', () => {
      const { spec, warnings, notSimulated } = loadOk(twoClusters({ 'Fn::Base64': 'echo hello' }));
      expect(lines(warnings)).toEqual([
        'Instances||The user data of its launch template or configuration names no cluster of this template (as in ECS_CLUSTER=${Cluster}), and with 2 clusters the simulator cannot tell which one the instances join; the group is listed as not simulated.',
      ]);
      expect(notSimulated.map((r) => r.logicalId)).toEqual(['InstanceTemplate', 'Instances']);
      // The EC2 service's cluster has no capacity of its own, so it gets the default instances.
      expect(summary(spec)).toEqual([['Cluster', ['a', 'b', 'c'].map((z) => `default t3.medium us-east-1${z} 2048/4096`)], ['OtherCluster', []]]);
    });

    it('the only cluster, with no tie needed', () => {
      const template = asgTemplate();
      delete ((props(template, 'InstanceTemplate').LaunchTemplateData as Json)).UserData;
      const { spec, warnings } = loadOk(template);
      expect(warnings).toEqual([]);
      expect(spec.clusters[0]?.instances).toHaveLength(4);
    });
  });
});

describe('container instances from the cluster Metadata and by default', () => {
  it('registers Metadata instances of the given type', () => {
    const template = ec2Template();
    resources(template).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: 2, instanceType: 't3.large' } } };
    const { spec, warnings } = loadOk(template);
    expect(warnings).toEqual([]);
    expect(spec.clusters[0]?.instances).toEqual(['us-east-1a', 'us-east-1b'].map((availabilityZone, index) => ({
      id: instanceId(`Cluster/Metadata/${index + 1}`), instanceType: 't3.large', availabilityZone, cpu: 2048, memory: 8192, source: 'Metadata',
    })));
  });

  it('defaults the Metadata count to 3 and the type to t3.medium; 0 instances is a cluster with no room', () => {
    const withType = ec2Template();
    resources(withType).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instanceType: 'c5.large' } } };
    expect(summary(loadOk(withType).spec)[0]?.[1]).toEqual(['a', 'b', 'c'].map((z) => `Metadata c5.large us-east-1${z} 2048/4096`));
    const empty = ec2Template();
    resources(empty).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: 0 } } };
    delete props(empty, 'WebService').LaunchType;
    const { spec } = loadOk(empty);
    expect(spec.clusters[0]?.instances).toEqual([]);
    expect(spec.services[0]?.launchType).toBe('EC2');
  });

  it('warns about an unknown Metadata instance type, and rejects unknown keys', () => {
    const unknown = ec2Template();
    resources(unknown).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: 1, instanceType: 't3.gigantic' } } };
    const loaded = loadOk(unknown);
    expect(lines(loaded.warnings)).toEqual([
      "Cluster|Metadata.EcsOrchestra.instanceType|Instance type 't3.gigantic' is not in the simulator's table of instance sizes; it counts as t3.medium (2 vCPUs, 4 GiB).",
    ]);
    expect(loaded.spec.clusters[0]?.instances[0]).toMatchObject({ instanceType: 't3.medium', cpu: 2048, memory: 4096 });
    const bad = ec2Template();
    resources(bad).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: -1, size: 'big' } } };
    expect(lines(loadErrors(bad))).toEqual([
      'Cluster|Metadata.EcsOrchestra.instances|must be at least 0, got number -1',
      'Cluster|Metadata.EcsOrchestra|Cluster Metadata.EcsOrchestra does not take "size"; allowed keys: instances, instanceType',
    ]);
  });

  it('adds Metadata instances to those of a group, with a warning', () => {
    const template = asgTemplate();
    resources(template).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: 1 } } };
    const { spec, warnings } = loadOk(template);
    expect(lines(warnings)).toEqual(['Cluster|Metadata.EcsOrchestra|The cluster also gets instances from Instances; the ones Metadata.EcsOrchestra gives are added to them.']);
    expect(spec.clusters[0]?.instances.map((i) => i.source)).toEqual(['Instances', 'Instances', 'Instances', 'Instances', 'Metadata']);
  });

  it('gives a cluster with EC2 services and no capacity 3 t3.medium instances, one per zone; Fargate-only clusters none', () => {
    const { spec } = loadOk(ec2Template());
    expect(summary(spec)).toEqual([['Cluster', ['a', 'b', 'c'].map((z) => `default t3.medium us-east-1${z} 2048/4096`)]]);
    expect(spec.clusters[0]?.instances.map((i) => i.id)).toEqual([1, 2, 3].map((n) => instanceId(`Cluster/default/${n}`)));
    expect(loadOk(baseTemplate()).spec.clusters[0]?.instances).toEqual([]);
    const implicit = ec2Template();
    delete props(implicit, 'WebService').Cluster;
    expect(summary(loadOk(implicit).spec).map(([id, list]) => [id, list?.length])).toEqual([['Cluster', 0], ['default', 3]]);
  });

  it('warns when no instance of the cluster can hold a task', () => {
    const template = ec2Template();
    props(template, 'WebTaskDef').Memory = '8192';
    expect(lines(loadOk(template).warnings)).toEqual([
      'WebService|Properties.TaskDefinition|Task definition WebTaskDef needs 0 CPU units and 8192 MiB, more than any container instance of cluster Cluster offers (the largest, t3.medium, registers 2048 CPU units and 4096 MiB): its tasks cannot be placed until bigger instances are added.',
    ]);
  });
});

describe('an omitted LaunchType', () => {
  const omitted = (template: Json): Json => {
    delete props(template, 'WebService').LaunchType;
    return template;
  };

  it('is EC2 on a cluster with EC2 capacity, even for a Fargate-compatible task definition', () => {
    const template = omitted(baseTemplate());
    resources(template).Cluster = { Type: 'AWS::ECS::Cluster', Metadata: { EcsOrchestra: { instances: 2 } } };
    props(template, 'WebTargets').TargetType = 'ip';
    const { spec } = loadOk(template);
    expect(spec.services[0]?.launchType).toBe('EC2');
    expect(spec.clusters[0]?.instances).toHaveLength(2);
  });

  it('is Fargate without capacity when the task definition is Fargate-compatible, else EC2 on default instances', () => {
    const fargate = loadOk(omitted(baseTemplate())).spec;
    expect([fargate.services[0]?.launchType, fargate.clusters[0]?.instances.length]).toEqual(['FARGATE', 0]);
    const ec2 = loadOk(omitted(ec2Template())).spec;
    expect([ec2.services[0]?.launchType, ec2.clusters[0]?.instances.length]).toEqual(['EC2', 3]);
  });

  it('follows a capacity provider strategy', () => {
    const template = omitted(ec2Template());
    props(template, 'WebService').CapacityProviderStrategy = [{ CapacityProvider: 'FARGATE', Weight: 1 }];
    expect(loadErrors(template).map((e) => e.message)).toContain('Task definition does not support launch_type FARGATE. (Add FARGATE to RequiresCompatibilities of WebTaskDef.)');
    const onInstances = omitted(ec2Template());
    props(onInstances, 'WebService').CapacityProviderStrategy = [{ CapacityProvider: 'WebCapacity', Weight: 1 }];
    expect(loadOk(onInstances).spec.services[0]?.launchType).toBe('EC2');
  });

  it('no longer says EC2 is not simulated', () => {
    const { warnings } = loadOk(ec2Template());
    expect(warnings).toEqual([]);
  });
});
