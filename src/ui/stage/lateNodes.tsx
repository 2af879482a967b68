/**
 * What the stage draws only for some worlds or one lens, fetched when it is first needed instead of on every first
 * frame: the node kinds of EC2 capacity (the instances' band, an instance, a task waiting in the wings, with their
 * glyphs) and the orchestra lens's instruments. The stage waits for what its world and lens draw before it draws
 * them (`useLateNodesIn`, `createDrawnKeeper`): a Fargate world's first frame does without the EC2 kinds, an EC2 world's first frame
 * has them, so React Flow never meets a node type it cannot draw. The registry below is React Flow's, stable at
 * module scope; its late kinds draw the fetched views.
 */
import type { Edge, NodeProps } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import { lensLook, type Instrument, type Lens } from '../../lens/vocabulary';
import { LineIcon, type IconProps } from '../icons';
import { lateModule, useLateModule } from '../lateModule';
import type { CapacityNode, InstanceNode, StageNode, WaitingNode } from './stageNodes';
import type { StageStructure } from './structure';

/** How long the stage waits before it asks again for a late part whose fetch failed. */
const RETRY_MS = 2000;

export const capacityNodes = lateModule(() => import('./nodes/capacityNodes'));
export const instrumentPictures = lateModule(() => import('../icons/instruments'));

/** Whether this world draws EC2 capacity: container instances, a service on EC2 or a task waiting for placement. */
export function drawsCapacity(structure: StageStructure): boolean {
  return structure.instances.length > 0 || structure.services.some((service) => service.ec2 || service.waiting);
}

export interface LateNodesIn {
  /** The world draws no EC2 capacity, or its kinds are in. */
  readonly capacity: boolean;
  /** The lens draws no instruments, or they are in. */
  readonly pictures: boolean;
}

/** What this world and lens draw late, and whether it is in (fetching what is not). */
export function useLateNodesIn(structure: StageStructure, lens: Lens): LateNodesIn {
  const capacity = drawsCapacity(structure);
  const pictures = lensLook(lens).pictures;
  const capacityIn = useLateModule(capacityNodes) !== null;
  const picturesIn = useLateModule(instrumentPictures) !== null;
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    const wanted = [capacity && !capacityIn ? capacityNodes.load() : null, pictures && !picturesIn ? instrumentPictures.load() : null];
    let retry: ReturnType<typeof setTimeout> | undefined;
    for (const promise of wanted) {
      // A failed fetch (the network gone for a moment) is tried again a little later.
      promise?.catch(() => {
        retry ??= setTimeout(() => setFailures((n) => n + 1), RETRY_MS);
      });
    }
    return () => clearTimeout(retry);
  }, [capacity, capacityIn, pictures, picturesIn, failures]);
  return { capacity: !capacity || capacityIn, pictures: !pictures || picturesIn };
}

interface Drawn {
  readonly nodes: StageNode[];
  readonly edges: Edge[];
}

/**
 * What the stage draws while it waits for late parts: its first frame waits for both (an EC2 world's first frame
 * has its instances, an orchestra's its instruments); later, a world that comes to draw EC2 capacity keeps its last
 * picture until the kinds are in, while a switch to the orchestra lens draws at once (InstrumentPicture holds each
 * instrument's place).
 */
export function createDrawnKeeper(): (late: LateNodesIn, nodes: StageNode[], edges: Edge[]) => Drawn {
  let last: Drawn = { nodes: [], edges: [] };
  let drawn = false;
  return (late, nodes, edges) => {
    const ready = late.capacity && (late.pictures || drawn);
    if (ready && (last.nodes !== nodes || last.edges !== edges)) {
      last = { nodes, edges };
      drawn = drawn || nodes.length > 0;
    }
    return last;
  };
}

// The late kinds in React Flow's registry: the stage draws them only once their views are in (createDrawnKeeper).
export const LateCapacityNode = memo(function LateCapacityNode(props: NodeProps<CapacityNode>) {
  const View = useLateModule(capacityNodes)?.CapacityNodeView;
  return View ? <View {...props} /> : null;
});

export const LateInstanceNode = memo(function LateInstanceNode(props: NodeProps<InstanceNode>) {
  const View = useLateModule(capacityNodes)?.InstanceNodeView;
  return View ? <View {...props} /> : null;
});

export const LateWaitingNode = memo(function LateWaitingNode(props: NodeProps<WaitingNode>) {
  const View = useLateModule(capacityNodes)?.WaitingNodeView;
  return View ? <View {...props} /> : null;
});

/** Where a task on EC2 sits: a riser in the orchestra lens, a server otherwise (an EC2 world's kinds are in before its tasks draw). */
export function PlaceIcon({ pictures, ...props }: IconProps & { readonly pictures: boolean }) {
  const capacity = useLateModule(capacityNodes);
  if (!capacity) return <LineIcon {...props}>{null}</LineIcon>;
  return pictures ? <capacity.RiserIcon {...props} /> : <capacity.InstanceIcon {...props} />;
}

/**
 * A section's instrument. The stage waits for the instruments before its first frame in the orchestra lens; after
 * a switch to it, an empty glyph of the same size holds the place until they arrive, so nothing moves.
 */
export function InstrumentPicture({ instrument, ...props }: IconProps & { readonly instrument: Instrument }) {
  const pictures = useLateModule(instrumentPictures);
  useEffect(() => {
    if (!pictures) instrumentPictures.load().catch(() => undefined);
  }, [pictures]);
  if (!pictures) return <LineIcon {...props}>{null}</LineIcon>;
  return <pictures.InstrumentIcon instrument={instrument} {...props} />;
}
