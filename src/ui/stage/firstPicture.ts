import type { ReactFlowState } from '@xyflow/react';
import { firstFramePainted, isFirstFramePainted } from '../afterFirstFrame';

interface FlowStore {
  readonly getState: () => ReactFlowState;
  readonly subscribe: (listener: (state: ReactFlowState) => void) => () => void;
}

/** React Flow draws a node once it has its size (measured, as ours are); until then it is hidden. */
function someNodeShown(state: ReactFlowState): boolean {
  for (const node of state.nodeLookup.values()) {
    if ((node.measured.width ?? node.width ?? node.initialWidth) !== undefined) return true;
  }
  return false;
}

/**
 * Says when the stage's first picture is on screen (afterFirstFrame.ts): the first node React Flow can draw is in
 * the next frame, and a task after that frame runs once it has been painted. Returns how to stop watching.
 */
export function watchFirstPicture(flow: FlowStore): () => void {
  if (isFirstFramePainted()) return () => {};
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopFlow: (() => void) | null = null;
  const shown = () => {
    stopFlow?.();
    stopFlow = null;
    frame = requestAnimationFrame(() => {
      frame = null;
      timer = setTimeout(firstFramePainted, 0);
    });
  };
  if (someNodeShown(flow.getState())) shown();
  else
    stopFlow = flow.subscribe((state) => {
      if (frame === null && someNodeShown(state)) shown();
    });
  return () => {
    stopFlow?.();
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
