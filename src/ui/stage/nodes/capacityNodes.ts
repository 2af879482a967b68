/** The node kinds and glyphs only a world with EC2 capacity draws, fetched as one chunk when such a world first shows (lateNodes.ts). */
export { InstanceIcon, RiserIcon } from '../../icons/capacity';
export { CapacityNodeView } from './CapacityNode';
export { InstanceNodeView } from './InstanceNode';
export { WaitingNodeView } from './WaitingNode';
