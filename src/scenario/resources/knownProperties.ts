/**
 * Property names CloudFormation defines for the simulated types. Anything else gets a warning (a typo, or a newer
 * property the simulator does not know), never an error.
 */

export const CLUSTER_PROPERTIES = [
  'CapacityProviders', 'ClusterName', 'ClusterSettings', 'Configuration', 'DefaultCapacityProviderStrategy',
  'ServiceConnectDefaults', 'Tags',
] as const;

export const TASK_DEFINITION_PROPERTIES = [
  'ContainerDefinitions', 'Cpu', 'EnableFaultInjection', 'EphemeralStorage', 'ExecutionRoleArn', 'Family',
  'InferenceAccelerators', 'IpcMode', 'Memory', 'NetworkMode', 'PidMode', 'PlacementConstraints', 'ProxyConfiguration',
  'RequiresCompatibilities', 'RuntimePlatform', 'Tags', 'TaskRoleArn', 'Volumes',
] as const;

export const CONTAINER_PROPERTIES = [
  'Command', 'Cpu', 'CredentialSpecs', 'DependsOn', 'DisableNetworking', 'DnsSearchDomains', 'DnsServers', 'DockerLabels',
  'DockerSecurityOptions', 'EntryPoint', 'Environment', 'EnvironmentFiles', 'Essential', 'ExtraHosts',
  'FirelensConfiguration', 'HealthCheck', 'Hostname', 'Image', 'Interactive', 'Links', 'LinuxParameters',
  'LogConfiguration', 'Memory', 'MemoryReservation', 'MountPoints', 'Name', 'PortMappings', 'Privileged',
  'PseudoTerminal', 'ReadonlyRootFilesystem', 'RepositoryCredentials', 'ResourceRequirements', 'RestartPolicy',
  'Secrets', 'StartTimeout', 'StopTimeout', 'SystemControls', 'Ulimits', 'User', 'VersionConsistency', 'VolumesFrom',
  'WorkingDirectory',
] as const;

export const PORT_MAPPING_PROPERTIES = ['AppProtocol', 'ContainerPort', 'ContainerPortRange', 'HostPort', 'Name', 'Protocol'] as const;

export const CONTAINER_HEALTH_CHECK_PROPERTIES = ['Command', 'Interval', 'Retries', 'StartPeriod', 'Timeout'] as const;

export const SERVICE_PROPERTIES = [
  'AvailabilityZoneRebalancing', 'CapacityProviderStrategy', 'Cluster', 'DeploymentConfiguration', 'DeploymentController',
  'DesiredCount', 'EnableECSManagedTags', 'EnableExecuteCommand', 'ForceNewDeployment', 'HealthCheckGracePeriodSeconds',
  'LaunchType', 'LoadBalancers', 'NetworkConfiguration', 'PlacementConstraints', 'PlacementStrategies',
  'PlatformVersion', 'PropagateTags', 'Role', 'SchedulingStrategy', 'ServiceConnectConfiguration', 'ServiceName',
  'ServiceRegistries', 'Tags', 'TaskDefinition', 'VolumeConfigurations', 'VpcLatticeConfigurations',
] as const;

export const PLACEMENT_STRATEGY_PROPERTIES = ['Field', 'Type'] as const;
export const PLACEMENT_CONSTRAINT_PROPERTIES = ['Expression', 'Type'] as const;

export const AUTO_SCALING_GROUP_PROPERTIES = [
  'AutoScalingGroupName', 'AvailabilityZoneDistribution', 'AvailabilityZoneImpairmentPolicy', 'AvailabilityZones',
  'CapacityRebalance', 'CapacityReservationSpecification', 'Context', 'Cooldown', 'DefaultInstanceWarmup',
  'DesiredCapacity', 'DesiredCapacityType', 'HealthCheckGracePeriod', 'HealthCheckType', 'InstanceId',
  'InstanceLifecyclePolicy', 'InstanceMaintenancePolicy', 'LaunchConfigurationName', 'LaunchTemplate',
  'LifecycleHookSpecificationList', 'LoadBalancerNames', 'MaxInstanceLifetime', 'MaxSize', 'MetricsCollection', 'MinSize',
  'MixedInstancesPolicy', 'NewInstancesProtectedFromScaleIn', 'NotificationConfiguration', 'NotificationConfigurations',
  'PlacementGroup', 'ServiceLinkedRoleARN', 'SkipZonalShiftValidation', 'Tags', 'TargetGroupARNs', 'TerminationPolicies',
  'TrafficSources', 'VPCZoneIdentifier',
] as const;

export const SERVICE_LOAD_BALANCER_PROPERTIES = ['ContainerName', 'ContainerPort', 'LoadBalancerName', 'TargetGroupArn'] as const;

export const DEPLOYMENT_CONFIGURATION_PROPERTIES = [
  'Alarms', 'BakeTimeInMinutes', 'CanaryConfiguration', 'DeploymentCircuitBreaker', 'LifecycleHooks',
  'LinearConfiguration', 'MaximumPercent', 'MinimumHealthyPercent', 'Strategy',
] as const;

export const LOAD_BALANCER_PROPERTIES = [
  'EnableCapacityReservationProvisionStabilize', 'EnablePrefixForIpv6SourceNat',
  'EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic', 'IpAddressType', 'Ipv4IpamPoolId', 'LoadBalancerAttributes',
  'MinimumLoadBalancerCapacity', 'Name', 'Scheme', 'SecurityGroups', 'SubnetMappings', 'Subnets', 'Tags', 'Type',
] as const;

export const LISTENER_PROPERTIES = [
  'AlpnPolicy', 'Certificates', 'DefaultActions', 'ListenerAttributes', 'LoadBalancerArn', 'MutualAuthentication', 'Port',
  'Protocol', 'SslPolicy',
] as const;

export const LISTENER_RULE_PROPERTIES = ['Actions', 'Conditions', 'ListenerArn', 'Priority', 'Transforms'] as const;

export const ACTION_PROPERTIES = [
  'AuthenticateCognitoConfig', 'AuthenticateOidcConfig', 'FixedResponseConfig', 'ForwardConfig', 'JwtValidationConfig',
  'Order', 'RedirectConfig', 'TargetGroupArn', 'Type',
] as const;

export const CONDITION_PROPERTIES = [
  'Field', 'HostHeaderConfig', 'HttpHeaderConfig', 'HttpRequestMethodConfig', 'PathPatternConfig', 'QueryStringConfig',
  'RegexValues', 'SourceIpConfig', 'Values',
] as const;

export const TARGET_GROUP_PROPERTIES = [
  'HealthCheckEnabled', 'HealthCheckIntervalSeconds', 'HealthCheckPath', 'HealthCheckPort', 'HealthCheckProtocol',
  'HealthCheckTimeoutSeconds', 'HealthyThresholdCount', 'IpAddressType', 'Matcher', 'Name', 'Port', 'Protocol',
  'ProtocolVersion', 'Tags', 'TargetGroupAttributes', 'TargetType', 'Targets', 'UnhealthyThresholdCount', 'VpcId',
] as const;

/** Target group attribute keys AWS accepts; the simulated ones are read, the rest are accepted silently. */
export const TARGET_GROUP_ATTRIBUTE_KEYS = [
  'deregistration_delay.timeout_seconds', 'deregistration_delay.connection_termination.enabled',
  'load_balancing.algorithm.type', 'load_balancing.algorithm.anomaly_mitigation', 'load_balancing.cross_zone.enabled',
  'slow_start.duration_seconds', 'stickiness.enabled', 'stickiness.type', 'stickiness.lb_cookie.duration_seconds',
  'stickiness.app_cookie.cookie_name', 'stickiness.app_cookie.duration_seconds',
  'target_group_health.dns_failover.minimum_healthy_targets.count',
  'target_group_health.dns_failover.minimum_healthy_targets.percentage',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage',
  'lambda.multi_value_headers.enabled', 'preserve_client_ip.enabled', 'proxy_protocol_v2.enabled',
  'target_health_state.unhealthy.connection_termination.enabled', 'target_health_state.unhealthy.draining_interval_seconds',
  'target_failover.on_deregistration', 'target_failover.on_unhealthy',
] as const;

export const LOAD_BALANCER_ATTRIBUTE_KEYS = [
  'access_logs.s3.enabled', 'access_logs.s3.bucket', 'access_logs.s3.prefix', 'client_keep_alive.seconds',
  'connection_logs.s3.enabled', 'connection_logs.s3.bucket', 'connection_logs.s3.prefix', 'deletion_protection.enabled',
  'health_check_logs.s3.enabled', 'health_check_logs.s3.bucket', 'health_check_logs.s3.prefix', 'idle_timeout.timeout_seconds',
  'ipv6.deny_all_igw_traffic', 'load_balancing.cross_zone.enabled', 'routing.http.desync_mitigation_mode',
  'routing.http.drop_invalid_header_fields.enabled', 'routing.http.preserve_host_header.enabled',
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled', 'routing.http.xff_client_port.enabled',
  'routing.http.xff_header_processing.mode', 'routing.http2.enabled', 'waf.fail_open.enabled', 'zonal_shift.config.enabled',
] as const;

export const SCALABLE_TARGET_PROPERTIES = [
  'MaxCapacity', 'MinCapacity', 'ResourceId', 'RoleARN', 'ScalableDimension', 'ScheduledActions', 'ServiceNamespace', 'SuspendedState',
] as const;

export const SCALING_POLICY_PROPERTIES = [
  'PolicyName', 'PolicyType', 'PredictiveScalingPolicyConfiguration', 'ResourceId', 'ScalableDimension', 'ScalingTargetId',
  'ServiceNamespace', 'StepScalingPolicyConfiguration', 'TargetTrackingScalingPolicyConfiguration',
] as const;

export const TARGET_TRACKING_PROPERTIES = [
  'CustomizedMetricSpecification', 'DisableScaleIn', 'PredefinedMetricSpecification', 'ScaleInCooldown', 'ScaleOutCooldown', 'TargetValue',
] as const;

export const STEP_SCALING_PROPERTIES = ['AdjustmentType', 'Cooldown', 'MetricAggregationType', 'MinAdjustmentMagnitude', 'StepAdjustments'] as const;

export const STEP_ADJUSTMENT_PROPERTIES = ['MetricIntervalLowerBound', 'MetricIntervalUpperBound', 'ScalingAdjustment'] as const;
