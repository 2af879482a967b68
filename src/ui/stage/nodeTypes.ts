/** React Flow's node registry, at module scope: a new object per render would remount every node (xyflow error002). */
import type { NodeTypes } from '@xyflow/react';
import { LateCapacityNode, LateInstanceNode, LateWaitingNode } from './lateNodes';
import { AudienceNodeView } from './nodes/AudienceNode';
import { ClusterNodeView } from './nodes/ClusterNode';
import { ConductorNodeView } from './nodes/ConductorNode';
import { ListenerNodeView } from './nodes/ListenerNode';
import { LoadBalancerNodeView } from './nodes/LoadBalancerNode';
import { RuleNodeView } from './nodes/RuleNode';
import { ServiceNodeView } from './nodes/ServiceNode';
import { StageManagerNodeView } from './nodes/StageManagerNode';
import { TargetGroupNodeView } from './nodes/TargetGroupNode';
import { TaskNodeView } from './nodes/TaskNode';

export const stageNodeTypes = {
  audience: AudienceNodeView,
  loadBalancer: LoadBalancerNodeView,
  listener: ListenerNodeView,
  rule: RuleNodeView,
  targetGroup: TargetGroupNodeView,
  stageManager: StageManagerNodeView,
  cluster: ClusterNodeView,
  conductor: ConductorNodeView,
  service: ServiceNodeView,
  task: TaskNodeView,
  // EC2 capacity's kinds, fetched when a world first draws them (lateNodes.tsx).
  waiting: LateWaitingNode,
  capacity: LateCapacityNode,
  instance: LateInstanceNode,
} satisfies NodeTypes;
