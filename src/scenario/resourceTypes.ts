/** The resource types the simulator runs, and the `Fn::GetAtt` attributes CloudFormation gives each of them. */

export const CLUSTER = 'AWS::ECS::Cluster';
export const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
export const SERVICE = 'AWS::ECS::Service';
export const TASK_SET = 'AWS::ECS::TaskSet';
export const PRIMARY_TASK_SET = 'AWS::ECS::PrimaryTaskSet';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/** EC2 capacity: an Auto Scaling group runs container instances; its launch template or configuration sizes them. */
export const AUTO_SCALING_GROUP = 'AWS::AutoScaling::AutoScalingGroup';
export const LAUNCH_TEMPLATE = 'AWS::EC2::LaunchTemplate';
export const LAUNCH_CONFIGURATION = 'AWS::AutoScaling::LaunchConfiguration';

export const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
export const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';

export const SIMULATED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  [CLUSTER]: ['Arn'],
  [TASK_DEFINITION]: ['TaskDefinitionArn'],
  [SERVICE]: ['Name', 'ServiceArn'],
  [LOAD_BALANCER]: ['CanonicalHostedZoneID', 'DNSName', 'LoadBalancerArn', 'LoadBalancerFullName', 'LoadBalancerName', 'SecurityGroups'],
  [LISTENER]: ['ListenerArn'],
  [LISTENER_RULE]: ['IsDefault', 'RuleArn'],
  [TARGET_GROUP]: ['LoadBalancerArns', 'TargetGroupArn', 'TargetGroupFullName', 'TargetGroupName'],
};

export function isSimulatedType(type: string): boolean {
  return type in SIMULATED_ATTRIBUTES;
}

/** Attributes whose value is the resource's ARN, so a GetAtt to them links like a Ref. */
export const ARN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'Arn', 'TaskDefinitionArn', 'ServiceArn', 'LoadBalancerArn', 'ListenerArn', 'RuleArn', 'TargetGroupArn',
]);
