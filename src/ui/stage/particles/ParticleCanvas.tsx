import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { lensLook } from '../../../lens/vocabulary';
import { useSim, useSimStore } from '../../../store';
import { PALETTE_SIZE } from '../stageNodes';
import { readPalette, type Palette } from './palette';
import { createParticleLayer } from './particleLayer';
import { buildRoute, routeKey, type Route } from './route';
import { SPOT_WALL_MS } from './spotlightMark';

const PALETTE_REFRESH_MS = 1000;

/** An attribute value inside double quotes (logical IDs are plain, but a template may use anything). */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * The adapter between the particle layer and its world: React Flow's viewport and node records, the simulation's
 * request stream and clock, the color tokens. Lives inside <ReactFlow> and renders one <canvas>; nothing here sets
 * React state.
 */
export function ParticleCanvas({ reducedBySystem }: { readonly reducedBySystem: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useSimStore();
  const flow = useStoreApi();
  const generation = useSim((state) => state.generation);
  const reducedRef = useRef(reducedBySystem);

  useEffect(() => {
    reducedRef.current = reducedBySystem;
  }, [reducedBySystem]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const root = canvas?.parentElement;
    if (!canvas || !root) return undefined;
    const routes = new Map<string, Route | null>();
    // Edge elements by ID, found once per layout (a query per request's route adds up when many routes are new).
    const paths = new Map<string, SVGPathElement | null>();
    let stale = false;
    let palette: Palette | null = null;
    let paletteAt = -Infinity;
    const paletteIndex = new Map(store.getState().world.targetGroups.map((group, index) => [group.id, index % PALETTE_SIZE]));
    const flowState = (): ReactFlowState => flow.getState();

    const layer = createParticleLayer({
      canvas,
      route(event) {
        if (stale) {
          routes.clear();
          paths.clear();
          stale = false;
        }
        const key = routeKey(event);
        if (routes.has(key)) return routes.get(key) ?? null;
        const route = buildRoute(
          {
            node: (id) => flowState().nodeLookup.get(id),
            edgePath: (id) => {
              let path = paths.get(id);
              if (path === undefined) {
                path = root.querySelector<SVGPathElement>(`.react-flow__edge[data-id=${quoted(id)}] path.react-flow__edge-path`);
                paths.set(id, path);
              }
              return path;
            },
          },
          event,
        );
        routes.set(key, route);
        return route;
      },
      transform: () => flowState().transform,
      palette() {
        const wall = performance.now();
        // Theme switches change the custom properties; re-reading once a second follows them without a hook into the theme.
        if (!palette || wall - paletteAt > PALETTE_REFRESH_MS) {
          palette = readPalette(canvas);
          paletteAt = wall;
        }
        return palette;
      },
      paletteIndex: (id) => paletteIndex.get(id) ?? 0,
      light(ruleNodeId, on) {
        const element = root.querySelector<HTMLElement>(`.react-flow__node[data-id=${quoted(ruleNodeId)}]`);
        if (!element) return;
        if (on) element.dataset.lit = '';
        else delete element.dataset.lit;
      },
      speed: () => store.getState().speed,
      notes: () => lensLook(store.getState().lens).pictures,
      reduced: () => reducedRef.current || store.getState().motion === 'reduced',
      spotlight: () => store.getState().spotlight,
    });

    const resize = () => {
      const box = root.getBoundingClientRect();
      layer.resize(box.width, box.height, window.devicePixelRatio || 1);
      layer.draw(store.getState().now, true);
    };
    resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(root);

    let spotTimer: number | undefined;
    const stopRequests = store.getState().subscribeRequests((event) => {
      layer.add(event);
      if (event.id !== store.getState().spotlight?.requestId) return;
      // Shown at once even when paused, and cleared when its time is up even if the clock stands still.
      layer.draw(store.getState().now, true);
      window.clearTimeout(spotTimer);
      spotTimer = window.setTimeout(() => layer.draw(store.getState().now, true), SPOT_WALL_MS + 50);
    });
    const stopSim = store.subscribe((state, previous) => {
      if (state.now !== previous.now) layer.draw(state.now);
      else if (state.motion !== previous.motion || state.lens !== previous.lens) layer.draw(state.now, true);
    });
    const stopFlow = flow.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes || state.edges !== previous.edges) stale = true;
      if (state.transform !== previous.transform) layer.draw(store.getState().now, true);
    });

    return () => {
      window.clearTimeout(spotTimer);
      stopRequests();
      stopSim();
      stopFlow();
      observer?.disconnect();
      layer.clear();
    };
  }, [store, flow, generation]);

  return <canvas ref={canvasRef} className="stage-particles" aria-hidden="true" data-particles="0" />;
}
