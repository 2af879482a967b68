import { ReactFlow, useReactFlow, useStore, type FitViewOptions } from '@xyflow/react';
import { useReducedMotion } from '../motion';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { useSim, useSimStore } from '../../store';
import { createCounterTicker } from './counterTicker';
import type { Direction } from './geometry';
import { layoutStage } from './layout';
import { createLeavingTracker } from './leavingTracker';
import { stageNodeTypes } from './nodeTypes';
import { ParticleCanvas } from './particles/ParticleCanvas';
import { CounterTickerContext, ReducedMotionContext } from './stageContext';
import type { StageNode } from './stageNodes';
import { StageToolbar } from './StageToolbar';
import { DefaultTrafficNote } from '../notes/DefaultTrafficNote';
import { createStructureSelector } from './structure';
import { useStageSize } from './useStageSize';

/** Below this stage width the picture runs top to bottom. */
const NARROW_PX = 700;
const FIT = { padding: 0.04, duration: 0 } as const satisfies FitViewOptions;
/** A top-to-bottom picture framed to the pane's width is drawn at most this large. */
const TB_MAX_ZOOM = 1.15;
const PROPS = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  // The stage's buttons take focus, Enter, Space and Escape; React Flow's own key bindings would fight them.
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
  panActivationKeyCode: null,
  disableKeyboardA11y: true,
  minZoom: 0.1,
  maxZoom: 2.5,
} as const;

function boundsOf(nodes: readonly StageNode[]): { w: number; h: number } {
  let w = 0;
  let h = 0;
  for (const node of nodes) {
    if (node.parentId) continue;
    w = Math.max(w, node.position.x + (node.width ?? 0));
    h = Math.max(h, node.position.y + (node.height ?? 0));
  }
  return { w, h };
}

function systemPrefersReduced(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function StageView() {
  const store = useSimStore();
  const sectionRef = useRef<HTMLElement>(null);
  const { width, rem } = useStageSize(sectionRef);
  const direction: Direction = width !== null && width < NARROW_PX ? 'TB' : 'LR';
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const generation = useSim((state) => state.generation);
  const playing = useSim((state) => state.playing);
  const motionChoice = useSim((state) => state.motion);
  const select = useSim((state) => state.select);
  const systemReduced = useReducedMotion() === true;
  const reduced = systemReduced || motionChoice === 'reduced';
  const [selectStructure] = useState(createStructureSelector);
  const structure = useSim((state) => selectStructure(state.snapshot));
  const [tracker] = useState(() => createLeavingTracker(store, () => store.getState().motion === 'reduced' || systemPrefersReduced()));
  const leaving = useSyncExternalStore(tracker.subscribe, tracker.get, tracker.get);
  const [ticker] = useState(() => createCounterTicker(store));
  const layout = useMemo(() => layoutStage(spec, structure, { direction, lens, rem, leaving }), [spec, structure, direction, lens, rem, leaving]);
  const bounds = useMemo(() => boundsOf(layout.nodes), [layout]);
  const flow = useReactFlow();
  // A pane of no size (hidden, or mid-resize) would fit at the maximum zoom; wait for a real one.
  const paneSize = useStore((state) => (state.width > 0 && state.height > 0 ? `${state.width}x${state.height}` : null));
  const paneWidth = useStore((state) => state.width);
  const paneHeight = useStore((state) => state.height);
  const userMoved = useRef(false);

  // The canvas is as big as the app gives it (the shell fills the window). A tall top-to-bottom picture is framed
  // to the pane's width from its top, and panned by dragging; fitted whole it would be too small to read.
  const frame = useCallback(() => {
    if (direction === 'TB' && bounds.w > 0 && paneWidth > 0) {
      const zoom = Math.min(TB_MAX_ZOOM, (paneWidth * (1 - 2 * FIT.padding)) / bounds.w);
      if (bounds.h * zoom > paneHeight) {
        void flow.setViewport({ x: (paneWidth - bounds.w * zoom) / 2, y: paneWidth * FIT.padding, zoom }, { duration: 0 });
        return;
      }
    }
    void flow.fitView(FIT);
  }, [flow, direction, bounds.w, bounds.h, paneWidth, paneHeight]);

  // The effects below reframe on their own triggers with the framing of the moment.
  const latestFrame = useRef(frame);
  useEffect(() => {
    latestFrame.current = frame;
  }, [frame]);

  // A new world, another direction or another pane size: frame the whole picture again.
  useEffect(() => {
    userMoved.current = false;
    if (paneSize !== null) latestFrame.current();
  }, [flow, generation, direction, paneSize]);
  // The picture grew or shrank (a task added, a service scaled): reframe it, unless the learner has moved the camera.
  useEffect(() => {
    if (!userMoved.current && flow.viewportInitialized) latestFrame.current();
  }, [flow, bounds.w, bounds.h]);

  // Fitting by hand also hands framing back to the stage, so it follows the picture as it grows again.
  const onFit = useCallback(() => {
    userMoved.current = false;
    frame();
  }, [frame]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    },
    [select],
  );

  // React Flow pans to a focused node only when its own wrapper takes focus; ours is the button inside it. The
  // button, not the node, is centered: a group's button is its header, far from the group's middle.
  const onFocus = useCallback(
    (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.matches('.stage-button:focus-visible')) return;
      const wrapper = target.closest('.react-flow');
      if (!wrapper) return;
      // The browser has already scrolled the clipped wrapper to show the button; React Flow undoes that on scroll,
      // so measure (and pan) as it will be.
      wrapper.scrollTop = 0;
      wrapper.scrollLeft = 0;
      const pane = wrapper.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const inside = box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom;
      if (inside) return;
      const middle = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      void flow.setCenter(middle.x, middle.y, { zoom: flow.getZoom(), duration: 0 });
    },
    [flow],
  );

  return (
    <section
      ref={sectionRef}
      className="stage"
      aria-label="Stage"
      data-testid="stage"
      data-lens={lens}
      data-direction={direction}
      data-playing={playing ? 'true' : 'false'}
      data-motion={reduced ? 'reduced' : 'full'}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <StageToolbar onFit={onFit} />
      <div className="stage-canvas">
        <ReducedMotionContext.Provider value={reduced}>
          <CounterTickerContext.Provider value={ticker}>
            <ReactFlow
              {...PROPS}
              aria-label="Stage diagram"
              nodes={layout.nodes}
              edges={layout.edges}
              nodeTypes={stageNodeTypes}
              fitView
              fitViewOptions={FIT}
              onMoveStart={(event) => {
                if (event) userMoved.current = true;
              }}
            >
              <ParticleCanvas reducedBySystem={systemReduced} />
            </ReactFlow>
          </CounterTickerContext.Provider>
        </ReducedMotionContext.Provider>
        <DefaultTrafficNote />
      </div>
    </section>
  );
}
