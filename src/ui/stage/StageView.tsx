import { getViewportForBounds, ReactFlow, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useReducedMotion } from '../motion';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { useSim, useSimStore } from '../../store';
import { useAfterFirstFrame } from '../afterFirstFrame';
import { createCaptionStart } from './captions/captionStart';
import { createCounterTicker } from './counterTicker';
import type { Direction } from './geometry';
import { layoutStage, type LayoutOptions } from './layout';
import { createDrawnKeeper, useLateNodesIn } from './lateNodes';
import { createLeavingTracker } from './leavingTracker';
import { stageNodeTypes } from './nodeTypes';
import { chooseDensity, FIT_PADDING_PX, fitZoom, tasksLegible, zoomForTextPx, TASK_LEGIBLE_PX } from './readability';
import { createSlotKeeper } from './slots';
import { createStabilizer } from './stableNodes';
import { nodeId, serviceIdOfTask } from './stageNodes';
import { watchFirstPicture } from './firstPicture';
import { useSpotlit } from './useSpotlit';
import { CounterTickerContext, ReducedMotionContext } from './stageContext';
import { StageToolbar } from './StageToolbar';
import { createStructureSelector, type StageStructure } from './structure';
import { useStageSize } from './useStageSize';

// Not in the first picture: requests are drawn once the world plays, captions once something happens. Both load
// right after the stage's first frame (afterFirstFrame.ts).
const ParticleCanvas = lazy(() => import('./particles/ParticleCanvas').then((module) => ({ default: module.ParticleCanvas })));
const CaptionLayer = lazy(() => import('./captions/CaptionLayer').then((module) => ({ default: module.CaptionLayer })));
// Only for a world whose template gave no traffic settings.
const DefaultTrafficNote = lazy(() => import('../notes/DefaultTrafficNote').then((module) => ({ default: module.DefaultTrafficNote })));

/** Below this stage width the picture runs top to bottom. */
const NARROW_PX = 700;
const PADDING = `${FIT_PADDING_PX}px` as const;
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

function systemPrefersReduced(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Top to bottom (phones), the picture is shown at the stage's width, never larger than this. */
const NARROW_MAX_ZOOM = 1.15;

/**
 * Top to bottom (phones), the canvas is as tall as the picture at the stage's width, up to most of the screen
 * (--stage-narrow-max, which the page may set): a taller picture scrolls inside the stage, so the page does not
 * grow by the stage's whole height.
 */
function narrowHeight(width: number | null, bounds: { w: number; h: number }): string | undefined {
  if (width === null || bounds.w === 0) return undefined;
  const zoom = Math.min(NARROW_MAX_ZOOM, (width - FIT_PADDING_PX * 2) / bounds.w);
  return `min(${Math.round(zoom * bounds.h + FIT_PADDING_PX * 2)}px, var(--stage-narrow-max, 70dvh))`;
}

/** The service whose tasks a selection is about (a task's own service), so it opens even when zoomed out. */
function selectedService(structure: StageStructure, kind: string | undefined, id: string | undefined): string | null {
  if (kind === 'service' && id !== undefined) return id;
  if (kind !== 'task' || id === undefined) return null;
  return structure.services.find((service) => service.tasks.some((task) => task.id === id))?.id ?? null;
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
  const [keepSlots] = useState(createSlotKeeper);
  const [stabilizer] = useState(createStabilizer);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  // A pane of no size (hidden, or mid-resize) would fit at the maximum zoom; wait for a real one.
  const paneKey = useStore((state) => (state.width > 0 && state.height > 0 ? `${state.width}x${state.height}` : null));
  const pane = useMemo(() => {
    if (paneKey === null) return null;
    const [w = 0, h = 0] = paneKey.split('x').map(Number);
    return { w, h };
  }, [paneKey]);
  // Semantic zoom: tasks draw when their words can be read at the current zoom; otherwise their services are blocks.
  const legible = useStore((state) => tasksLegible(state.transform[2], rem));
  const openService = useSim((state) => selectedService(structure, state.selection?.kind, state.selection?.id));
  const userMoved = useRef(false);
  // Where the captions begin, kept from the first frame on: the caption layer comes after it (captionStart.ts).
  const [captionStart] = useState(() => createCaptionStart(store));
  useEffect(() => captionStart.watch(), [captionStart]);
  useEffect(() => watchFirstPicture(flowStore), [flowStore]);
  const afterFirstFrame = useAfterFirstFrame();

  const slots = useMemo(() => keepSlots(structure, leaving), [keepSlots, structure, leaving]);
  const base: LayoutOptions = useMemo(() => ({ direction, lens, rem, leaving, slots, viewport: pane }), [direction, lens, rem, leaving, slots, pane]);
  // Cards when they read at a glance in this pane, else chips (left to right only).
  const density = useMemo(() => {
    if (direction === 'TB' || pane === null) return 'cards';
    const cards = layoutStage(spec, structure, { ...base, density: 'cards', expanded: new Set() });
    return chooseDensity(fitZoom(cards.bounds, pane), rem);
  }, [spec, structure, base, direction, pane, rem]);
  const expanded = useMemo(() => (legible || pane === null ? 'all' : new Set(openService === null ? [] : [openService])), [legible, pane, openService]);
  const layout = useMemo(() => layoutStage(spec, structure, { ...base, density, expanded }), [spec, structure, base, density, expanded]);
  const stableNodes = useMemo(() => stabilizer.nodes(layout.nodes), [stabilizer, layout]);
  const stableEdges = useMemo(() => stabilizer.edges(layout.edges), [stabilizer, layout]);
  // A lesson's step lights what it is about; the rest dims (stage.css).
  const spotlight = useSim((state) => state.stageSpotlight);
  const defaultTraffic = useSim((state) => state.scenario.defaultTraffic);
  const spotlit = useSpotlit(spotlight, stableNodes, stableEdges, spec);
  const { lit } = spotlit;
  // EC2 capacity's node kinds and the orchestra's instruments come when a world or the lens first draws them; the
  // stage's first frame waits for them, and a world that comes to draw EC2 capacity keeps its picture until they are in.
  const lateIn = useLateNodesIn(structure, lens);
  const [keepDrawn] = useState(createDrawnKeeper);
  const { nodes, edges } = keepDrawn(lateIn, spotlit.nodes, spotlit.edges);
  const { bounds } = layout;

  const fit = useCallback(() => {
    const { width: w, height: h } = flowStore.getState();
    if (w <= 0 || h <= 0 || bounds.w <= 0) return;
    if (direction === 'TB') {
      // Narrow screens: the picture's width fills the stage, top first; the rest is a finger's scroll away.
      const zoom = Math.min(NARROW_MAX_ZOOM, (w - FIT_PADDING_PX * 2) / bounds.w);
      void flow.setViewport({ x: (w - bounds.w * zoom) / 2, y: FIT_PADDING_PX, zoom }, { duration: 0 });
      return;
    }
    void flow.setViewport(getViewportForBounds({ x: 0, y: 0, width: bounds.w, height: bounds.h }, w, h, PROPS.minZoom, PROPS.maxZoom, PADDING), { duration: 0 });
  }, [flow, flowStore, bounds.w, bounds.h, direction]);

  // A new world, another direction, density or pane size: frame the whole picture again.
  useEffect(() => {
    userMoved.current = false;
    if (pane !== null) fit();
    // `fit` changes with the bounds, which the next effect handles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, direction, density, pane]);
  // The picture grew or shrank (a service added, a desired count changed): reframe it, unless the learner has moved
  // the camera. Tasks come and go inside the room reserved for them, so they never reframe it.
  useEffect(() => {
    if (!userMoved.current && pane !== null) fit();
  }, [fit, pane]);

  // The zoom as a CSS variable, for text that must stay readable at any zoom (a service's block); no re-render.
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return undefined;
    const write = (zoom: number) => section.style.setProperty('--stage-zoom', String(zoom));
    write(flowStore.getState().transform[2]);
    return flowStore.subscribe((state, previous) => {
      if (state.transform[2] !== previous.transform[2]) write(state.transform[2]);
    });
  }, [flowStore]);

  // React Flow's attribution stays on screen, but a link in every Tab walk through the stage is one stop too many.
  useEffect(() => {
    sectionRef.current?.querySelector<HTMLAnchorElement>('.react-flow__attribution a')?.setAttribute('tabindex', '-1');
  });

  // Fitting by hand also hands framing back to the stage, so it follows the picture as it grows again.
  const onFit = useCallback(() => {
    userMoved.current = false;
    fit();
  }, [fit]);

  // Escape clears the selection. Zoomed out, that folds a selected service back into its block: a task of it that had
  // focus goes away, so focus goes to the block instead of being lost.
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const task = event.target instanceof HTMLElement ? event.target.closest('.stage-task')?.getAttribute('data-task-id') : null;
      select(null);
      if (!task || legible) return;
      const block = nodeId.service(serviceIdOfTask(task));
      requestAnimationFrame(() => sectionRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${block}"] .stage-button`)?.focus());
    },
    [select, legible],
  );

  // React Flow pans to a focused node only when its own wrapper takes focus; ours is the button inside it. The
  // button, not the node, is centered: a group's button is its header, far from the group's middle. A task focused
  // while the stage is zoomed out too far to read it is zoomed in on, so what has focus can be read.
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
      const paneBox = wrapper.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const inside = box.left >= paneBox.left && box.right <= paneBox.right && box.top >= paneBox.top && box.bottom <= paneBox.bottom;
      const zoom = flow.getZoom();
      const readable = zoomForTextPx(TASK_LEGIBLE_PX, rem);
      const tooSmall = target.closest('.stage-task') !== null && zoom < readable;
      if (inside && !tooSmall) return;
      userMoved.current = true;
      const middle = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      void flow.setCenter(middle.x, middle.y, { zoom: tooSmall ? readable : zoom, duration: 0 });
    },
    [flow, rem],
  );

  const narrow = direction === 'TB';
  // Top to bottom, a picture taller than the stage scrolls inside it; one that fits stays put, and the page scrolls.
  const scrolls = narrow && pane !== null && pane.w > 0 && Math.min(NARROW_MAX_ZOOM, (pane.w - FIT_PADDING_PX * 2) / bounds.w) * bounds.h > pane.h - FIT_PADDING_PX * 2;
  const extent: [[number, number], [number, number]] | undefined = narrow
    ? [
        [-FIT_PADDING_PX, -FIT_PADDING_PX],
        [bounds.w + FIT_PADDING_PX, bounds.h + FIT_PADDING_PX],
      ]
    : undefined;
  return (
    <section
      ref={sectionRef}
      className="stage"
      aria-label="Stage"
      data-testid="stage"
      data-lens={lens}
      data-direction={direction}
      data-density={density}
      data-zoomed-out={legible ? undefined : ''}
      data-playing={playing ? 'true' : 'false'}
      data-motion={reduced ? 'reduced' : 'full'}
      data-spotlight={lit ? '' : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <StageToolbar onFit={onFit} />
      <div className="stage-canvas" style={narrow ? { height: narrowHeight(width, bounds) } : undefined}>
        <ReducedMotionContext.Provider value={reduced}>
          <CounterTickerContext.Provider value={ticker}>
            <ReactFlow
              {...PROPS}
              aria-label="Stage diagram"
              nodes={nodes}
              edges={edges}
              nodeTypes={stageNodeTypes}
              // Narrow screens show the picture at the page's width; a taller one scrolls inside the stage.
              panOnDrag={!narrow || scrolls}
              panOnScroll={scrolls}
              zoomOnScroll={!narrow}
              zoomOnPinch={!narrow}
              zoomOnDoubleClick={!narrow}
              preventScrolling={!narrow || scrolls}
              {...(extent ? { translateExtent: extent } : {})}
              onMoveStart={(event) => {
                if (event) userMoved.current = true;
              }}
            >
              {afterFirstFrame ? (
                <>
                  <Suspense fallback={null}>
                    <ParticleCanvas reducedBySystem={systemReduced} />
                  </Suspense>
                  <Suspense fallback={null}>
                    <CaptionLayer start={captionStart.get} />
                  </Suspense>
                </>
              ) : null}
            </ReactFlow>
          </CounterTickerContext.Provider>
        </ReducedMotionContext.Provider>
        {defaultTraffic ? (
          <Suspense fallback={null}>
            <DefaultTrafficNote />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
