import { Position, type InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { RequestCompletedEvent } from '../../../src/engine/events';
import type { Palette } from '../../../src/ui/stage/particles/palette';
import { createParticleLayer, tripWallMs, type ParticleLayerOptions } from '../../../src/ui/stage/particles/particleLayer';
import { buildRoute, pointAt, type Route } from '../../../src/ui/stage/particles/route';

function node(id: string, x: number, y: number, w: number, h: number, parentId?: string): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    parentId,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    measured: { width: w, height: h },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } },
  };
}

/** A straight little world: audience, door, rule, target group, service with one task (no edges drawn: straight lines). */
const NODES = new Map<string, InternalNode>(
  [
    node('audience', 0, 0, 10, 10),
    node('listener:L', 100, 0, 10, 10),
    node('rule:L:10', 200, 0, 10, 10),
    node('rule:L:default', 200, 100, 10, 10),
    node('tg:TG', 300, 0, 10, 10),
    node('service:S', 400, 0, 100, 50),
    node('task:S-1', 420, 30, 20, 20, 'service:S'),
  ].map((n) => [n.id, n]),
);
const sources = { node: (id: string) => NODES.get(id), edgePath: () => null };

function request(overrides: Partial<RequestCompletedEvent> = {}): RequestCompletedEvent {
  return {
    t: 1000,
    type: 'request.completed',
    id: 1,
    method: 'GET',
    host: 'example.com',
    path: '/',
    query: '',
    listener: 'L',
    listenerPort: 80,
    rule: 10,
    targetGroup: 'TG',
    target: 'S-1',
    instance: null,
    port: null,
    status: 200,
    source: 'target',
    reason: '',
    latencyMs: 20,
    location: null,
    ...overrides,
  };
}

function end(route: Route): [number, number] {
  const at = { x: 0, y: 0, hidden: false };
  pointAt(route, route.total, at);
  return [at.x, at.y];
}

describe('buildRoute', () => {
  it('runs from the audience to the top of the task, hidden where it passes through a box', () => {
    const route = buildRoute(sources, request());
    expect(route).not.toBeNull();
    if (!route) return;
    expect(end(route)).toEqual([430, 30]);
    // Hidden segments: across the door, the rule, the target group.
    expect([...route.hidden].filter((h) => h === 1)).toHaveLength(3);
    const at = { x: 0, y: 0, hidden: false };
    pointAt(route, 105 - 10, at); // inside the door (from x=100 to 110)
    expect(at.hidden).toBe(true);
    pointAt(route, 50, at); // between audience and door
    expect(at.hidden).toBe(false);
  });

  it('bounces off the target group when the load balancer answers itself, and off the rule for fixed answers', () => {
    const elb = buildRoute(sources, request({ source: 'elb', status: 503, target: null }));
    expect(elb && end(elb)).toEqual([300, 5]);
    const fixed = buildRoute(sources, request({ rule: 'default', targetGroup: null, target: null, source: 'elb', status: 404 }));
    expect(fixed && end(fixed)).toEqual([200, 105]);
  });

  it('ends at the service when its tasks are not drawn (a block, zoomed out)', () => {
    const route = buildRoute(sources, request({ target: 'S-2' }));
    expect(route && end(route)).toEqual([400, 25]);
  });

  it('gives up when the nodes are not on the stage', () => {
    expect(buildRoute(sources, request({ listener: 'Elsewhere' }))).toBeNull();
  });
});

interface Recorder {
  readonly arcs: [number, number][];
  readonly canvas: HTMLCanvasElement;
}

/** A canvas whose 2D context records where circles are drawn. */
function recordingCanvas(): Recorder {
  const arcs: [number, number][] = [];
  const context = {
    setTransform() {},
    clearRect() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
    fill() {},
    fillRect() {},
    strokeRect() {},
    fillText() {},
    strokeText() {},
    arc(x: number, y: number) {
      arcs.push([x, y]);
    },
  };
  const canvas = { getContext: () => context, dataset: {} as DOMStringMap, style: {}, width: 0, height: 0 };
  return { arcs, canvas: canvas as unknown as HTMLCanvasElement };
}

const PALETTE: Palette = { groups: ['blue'], neutral: 'grey', error: 'red', halo: 'white' };

function layer(recorder: Recorder, overrides: Partial<ParticleLayerOptions> = {}) {
  const lights: string[] = [];
  const instance = createParticleLayer({
    canvas: recorder.canvas,
    route: (event) => buildRoute(sources, event),
    transform: () => [0, 0, 1],
    palette: () => PALETTE,
    paletteIndex: () => 0,
    light: (rule, on) => lights.push(`${rule} ${on ? 'on' : 'off'}`),
    speed: () => 1,
    notes: () => false,
    reduced: () => false,
    ...overrides,
  });
  instance.resize(600, 200, 1);
  return { instance, lights };
}

describe('particle layer', () => {
  it('moves particles with simulated time only: the same time draws the same picture', () => {
    const recorder = recordingCanvas();
    const { instance } = layer(recorder);
    instance.add(request());
    instance.draw(1100, true);
    const first = recorder.arcs.at(-1);
    instance.draw(1100, true);
    expect(recorder.arcs.at(-1)).toEqual(first);
    instance.draw(1200, true);
    expect(recorder.arcs.at(-1)).not.toEqual(first);
  });

  it('finishes a round trip in about the wall time of one trip at the current speed', () => {
    const recorder = recordingCanvas();
    const { instance } = layer(recorder, { speed: () => 10 });
    instance.add(request());
    instance.draw(1000 + tripWallMs(10) * 10 - 1, true);
    expect(instance.live).toBe(1);
    instance.draw(1000 + tripWallMs(10) * 10 + 1, true);
    expect(instance.live).toBe(0);
  });

  it('paces particles in flight by the speed of the moment', () => {
    const recorder = recordingCanvas();
    let speed = 60;
    const { instance } = layer(recorder, { speed: () => speed });
    instance.add(request());
    instance.draw(1000 + tripWallMs(60) * 60 * 0.5, true);
    expect(instance.live).toBe(1);
    // Slowed to 1x halfway: the rest of the trip takes half a 1x trip, not the rest of a 60x one.
    speed = 1;
    const halfway = 1000 + tripWallMs(60) * 60 * 0.5;
    instance.draw(halfway + tripWallMs(1) * 0.5 + 1, true);
    expect(instance.live).toBe(0);
  });

  it('turns requests beyond the cap into a stream', () => {
    const recorder = recordingCanvas();
    const { instance } = layer(recorder, { maxParticles: 2 });
    for (let i = 0; i < 5; i++) instance.add(request({ id: i }));
    instance.draw(1010, true);
    expect(instance.live).toBe(2);
    expect(recorder.canvas.dataset.streams).toBe('1');
  });

  it('lights the matched rule for a moment, and draws nothing with reduced motion', () => {
    const recorder = recordingCanvas();
    const { instance, lights } = layer(recorder, { reduced: () => true });
    instance.add(request());
    instance.draw(1010, true);
    expect(instance.live).toBe(0);
    expect(lights).toEqual(['rule:L:10 on']);
    instance.draw(5000, true);
    expect(lights).toEqual(['rule:L:10 on', 'rule:L:10 off']);
  });
});
