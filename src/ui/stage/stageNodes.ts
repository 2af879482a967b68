/** The stage's React Flow node kinds and the structural data each carries (never a state: nodes read those themselves). */
import type { Node } from '@xyflow/react';
import type { ServiceNaming } from '../../lens/names';
import type { Density } from './geometry';
import type { RuleText } from './ruleText';

export type AudienceData = { readonly listenerCount: number };
export type LoadBalancerData = { readonly loadBalancerId: string; readonly name: string; readonly scheme: string };
export type ListenerData = {
  readonly listenerId: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly ruleCount: number;
};
export type RuleData = {
  readonly listenerId: string;
  readonly port: number;
  readonly ruleId: string | null;
  readonly priority: number | 'default';
  readonly text: RuleText;
};
export type TargetGroupData = {
  readonly targetGroupId: string;
  readonly name: string;
  readonly paletteIndex: number;
  readonly healthCheckPath: string;
};
export type StageManagerData = { readonly summary: string };
export type ClusterData = { readonly clusterId: string; readonly name: string };
export type ConductorData = { readonly clusterId: string; readonly serviceIds: readonly string[] };
export type ServiceData = {
  readonly naming: ServiceNaming;
  /** Where edges enter: the lane between the header and the tasks (px from the top). */
  readonly laneY: number;
  /** Semantic zoom: drawn as one block with its counts by state instead of its tasks (which are not on stage). */
  readonly block: boolean;
  /** The room reserved for tasks (desired x maximum percent) while its last row is empty, to say why it is there. */
  readonly room: { readonly reach: number; readonly desired: number; readonly maximumPercent: number } | null;
  readonly density: Density;
};
export type TaskData = {
  readonly taskId: string;
  readonly naming: ServiceNaming;
  /** The deregistration delay of the task's first target group, for the draining countdown ring. */
  readonly drainMs: number;
  /** EC2: the card has a line for its container instance and host port. */
  readonly ec2: boolean;
  /** A card with words, or a chip with the mark and the task's number. */
  readonly density: Density;
};
export type WaitingData = { readonly naming: ServiceNaming };
export type CapacityData = { readonly clusterId: string; readonly count: number };
export type InstanceData = { readonly instanceId: string };

export type AudienceNode = Node<AudienceData, 'audience'>;
export type LoadBalancerNode = Node<LoadBalancerData, 'loadBalancer'>;
export type ListenerNode = Node<ListenerData, 'listener'>;
export type RuleNode = Node<RuleData, 'rule'>;
export type TargetGroupNode = Node<TargetGroupData, 'targetGroup'>;
export type StageManagerNode = Node<StageManagerData, 'stageManager'>;
export type ClusterNode = Node<ClusterData, 'cluster'>;
export type ConductorNode = Node<ConductorData, 'conductor'>;
export type ServiceNode = Node<ServiceData, 'service'>;
export type TaskNode = Node<TaskData, 'task'>;
export type WaitingNode = Node<WaitingData, 'waiting'>;
export type CapacityNode = Node<CapacityData, 'capacity'>;
export type InstanceNode = Node<InstanceData, 'instance'>;

export type StageNode =
  | AudienceNode
  | LoadBalancerNode
  | ListenerNode
  | RuleNode
  | TargetGroupNode
  | StageManagerNode
  | ClusterNode
  | ConductorNode
  | ServiceNode
  | TaskNode
  | WaitingNode
  | CapacityNode
  | InstanceNode;

/** React Flow node IDs: one namespace per kind, so a service and a target group may share a logical ID. */
export const nodeId = {
  audience: () => 'audience',
  loadBalancer: (id: string) => `lb:${id}`,
  listener: (id: string) => `listener:${id}`,
  rule: (listenerId: string, priority: number | 'default') => `rule:${listenerId}:${priority}`,
  targetGroup: (id: string) => `tg:${id}`,
  stageManager: () => 'stage-manager',
  cluster: (id: string) => `cluster:${id}`,
  conductor: (clusterId: string) => `conductor:${clusterId}`,
  service: (id: string) => `service:${id}`,
  task: (id: string) => `task:${id}`,
  waiting: (serviceId: string) => `waiting:${serviceId}`,
  capacity: (clusterId: string) => `capacity:${clusterId}`,
  instance: (id: string) => `instance:${id}`,
} as const;

/** A task's service, from its ID: the engine names tasks "<service logical ID>-<n>" (MC13). */
export function serviceIdOfTask(taskId: string): string {
  return taskId.replace(/-\d+$/, '');
}

/** How many target-group colors the palette has (--tg-0 .. --tg-5 in stage.css). */
export const PALETTE_SIZE = 6;
