/** React Flow's node registry, at module scope: a new object per render would remount every node (xyflow error002). */
import type { NodeTypes } from '@xyflow/react';
import { AudienceNodeView } from './nodes/AudienceNode';
import { CapacityNodeView } from './nodes/CapacityNode';
import { ClusterNodeView } from './nodes/ClusterNode';
import { ConductorNodeView } from './nodes/ConductorNode';
import { InstanceNodeView } from './nodes/InstanceNode';
import { ListenerNodeView } from './nodes/ListenerNode';
import { LoadBalancerNodeView } from './nodes/LoadBalancerNode';
import { RuleNodeView } from './nodes/RuleNode';
import { ServiceNodeView } from './nodes/ServiceNode';
import { StageManagerNodeView } from './nodes/StageManagerNode';
import { TargetGroupNodeView } from './nodes/TargetGroupNode';
import { TaskNodeView } from './nodes/TaskNode';
import { WaitingNodeView } from './nodes/WaitingNode';

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
  waiting: WaitingNodeView,
  capacity: CapacityNodeView,
  instance: InstanceNodeView,
} satisfies NodeTypes;
