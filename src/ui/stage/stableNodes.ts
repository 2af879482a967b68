/**
 * Hands React Flow the previous object for every node and edge that did not change, so a new layout (a task added
 * or gone) re-renders only what is new or moved: React Flow and our memoized nodes compare by identity, and a fresh
 * `data` object for every node would re-render all of them.
 */
import type { Edge } from '@xyflow/react';
import type { StageNode } from './stageNodes';

function nodeKey(node: StageNode): string {
  return JSON.stringify([node.type, node.parentId ?? '', node.position.x, node.position.y, node.width, node.height, node.sourcePosition, node.targetPosition, node.data]);
}

function edgeKey(edge: Edge): string {
  return JSON.stringify(edge);
}

export interface Stabilizer {
  readonly nodes: (nodes: readonly StageNode[]) => StageNode[];
  readonly edges: (edges: readonly Edge[]) => Edge[];
}

function keep<T extends { readonly id: string }>(key: (item: T) => string): (items: readonly T[]) => T[] {
  let previous = new Map<string, { key: string; item: T }>();
  let last: T[] = [];
  return (items) => {
    const next = new Map<string, { key: string; item: T }>();
    let same = items.length === last.length;
    const out = items.map((item, index) => {
      const k = key(item);
      const known = previous.get(item.id);
      const kept = known && known.key === k ? known.item : item;
      next.set(item.id, { key: k, item: kept });
      if (last[index] !== kept) same = false;
      return kept;
    });
    previous = next;
    // Nothing changed at all: the same array, so React Flow has nothing to diff.
    if (same) return last;
    last = out;
    return out;
  };
}

export function createStabilizer(): Stabilizer {
  return { nodes: keep<StageNode>(nodeKey), edges: keep<Edge>(edgeKey) };
}
