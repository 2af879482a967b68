/**
 * Where a request travels on screen, in flow coordinates: along the drawn edges (sampled from their SVG paths, so
 * particles follow the lines), across the boxes they pass through, and to the task. Positions come from React
 * Flow's own node records, never from constants, so they follow the layout wherever it puts things.
 */
import { Position, type InternalNode } from '@xyflow/react';
import type { RequestCompletedEvent } from '../../../engine';
import { nodeId, serviceIdOfTask } from '../stageNodes';

export interface Route {
  /** Requests with the same key travel the same way (see routeKey). */
  readonly key: string;
  /** x, y pairs. */
  readonly points: Float32Array;
  /** Distance along the route at each point. */
  readonly lengths: Float32Array;
  /** 1 where the segment from point i to i+1 passes through a box: particles are not drawn there (they go "through"). */
  readonly hidden: Uint8Array;
  readonly total: number;
}

export interface RouteSources {
  node(id: string): InternalNode | undefined;
  /** The edge's drawn path, or null when it is not in the DOM (yet). */
  edgePath(id: string): SVGPathElement | null;
}

type Point = readonly [number, number];

function side(node: InternalNode, position: Position | undefined): Point {
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  switch (position) {
    case Position.Top:
      return [x + w / 2, y];
    case Position.Bottom:
      return [x + w / 2, y + h];
    case Position.Left:
      return [x, y + h / 2];
    case Position.Right:
      return [x + w, y + h / 2];
    default:
      return [x + w / 2, y + h / 2];
  }
}

const entry = (node: InternalNode) => side(node, node.targetPosition ?? Position.Left);
const exit = (node: InternalNode) => side(node, node.sourcePosition ?? Position.Right);

/**
 * Sampled paths by element, kept while the path's `d` is the same: sampling costs a layout query per point, and a
 * hundred targets turning healthy at once would otherwise sample the same few edges a hundred times in one frame.
 */
const sampled = new WeakMap<SVGPathElement, { readonly d: string | null; readonly points: readonly Point[] }>();

function samplePath(path: SVGPathElement): readonly Point[] | null {
  const d = path.getAttribute('d');
  const known = sampled.get(path);
  if (known && known.d === d) return known.points;
  const length = path.getTotalLength();
  if (!(length > 0)) return null;
  const steps = Math.min(40, Math.max(2, Math.ceil(length / 16)));
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const p = path.getPointAtLength((length * i) / steps);
    points.push([p.x, p.y]);
  }
  sampled.set(path, { d, points });
  return points;
}

/** An edge's path as points every ~16 flow units, or the straight line between its ends when it is not drawn. */
function edgePoints(sources: RouteSources, edgeId: string, from: Point, to: Point): readonly Point[] {
  const path = sources.edgePath(edgeId);
  if (path && typeof path.getTotalLength === 'function') {
    const points = samplePath(path);
    if (points) return points;
  }
  return [from, to];
}

/** Collects points; a segment added with `through` crosses a box and is not drawn. */
class RouteBuilder {
  readonly points: Point[] = [];
  readonly hidden: boolean[] = [];

  add(points: readonly Point[], through = false): this {
    points.forEach((point, i) => {
      if (this.points.length > 0) this.hidden.push(i === 0 && through);
      this.points.push(point);
    });
    return this;
  }

  finish(key: string): Route | null {
    const { points } = this;
    if (points.length < 2) return null;
    const flat = new Float32Array(points.length * 2);
    const lengths = new Float32Array(points.length);
    let total = 0;
    points.forEach(([x, y], i) => {
      flat[i * 2] = x;
      flat[i * 2 + 1] = y;
      if (i > 0) total += Math.hypot(x - (flat[i * 2 - 2] ?? x), y - (flat[i * 2 - 1] ?? y));
      lengths[i] = total;
    });
    return total > 0 ? { key, points: flat, lengths, hidden: Uint8Array.from(this.hidden, (h) => (h ? 1 : 0)), total } : null;
  }
}

/** Inside a service: along the lane under its header, then down the gap beside the task's column to its top edge. */
function lanePoints(lane: Point, task: InternalNode): Point[] {
  const { x, y } = task.internals.positionAbsolute;
  const w = task.measured.width ?? task.width ?? 0;
  const h = task.measured.height ?? task.height ?? 0;
  const middle = x + w / 2;
  if (y - lane[1] < h / 2) return [[middle, lane[1]], [middle, y]];
  // A lower row: down the gap left of the column, so the particle never crosses the task above.
  const gapX = x - 4;
  return [[gapX, lane[1]], [gapX, y - 4], [middle, y - 4], [middle, y]];
}

/** What decides a request's way across the stage: listener, rule, target group and (when a target answered) task. */
export function routeKey(event: RequestCompletedEvent): string {
  return `${event.listener}|${event.rule}|${event.targetGroup ?? ''}|${event.source === 'elb' ? '' : (event.target ?? '')}`;
}

/**
 * The outbound half of a request's trip (the particle comes back the same way). It bounces off the rule for answers
 * the load balancer gives from a rule (redirects, fixed responses), off the target group for the 5xx it gives when
 * no target could answer, and reaches the task otherwise (or its service, when the service is drawn as a block).
 */
export function buildRoute(sources: RouteSources, event: RequestCompletedEvent): Route | null {
  const audience = sources.node(nodeId.audience());
  const listenerId = nodeId.listener(event.listener);
  const listener = sources.node(listenerId);
  const ruleId = nodeId.rule(event.listener, event.rule);
  const rule = sources.node(ruleId);
  if (!audience || !listener || !rule) return null;
  const key = routeKey(event);
  const route = new RouteBuilder()
    .add(edgePoints(sources, `e:audience>${listenerId}`, exit(audience), entry(listener)))
    .add(edgePoints(sources, `e:${listenerId}>${ruleId}`, exit(listener), entry(rule)), true);
  const tgId = event.targetGroup === null ? null : nodeId.targetGroup(event.targetGroup);
  const group = tgId === null ? undefined : sources.node(tgId);
  if (!group || tgId === null) return route.finish(key);
  route.add(edgePoints(sources, `e:${ruleId}>${tgId}`, exit(rule), entry(group)), true);
  if (event.target === null || event.source === 'elb') return route.finish(key);
  const taskNode = sources.node(nodeId.task(event.target));
  // A service drawn as a block (semantic zoom) has no task nodes: the request ends where it enters the block.
  const serviceNode = taskNode?.parentId ? sources.node(taskNode.parentId) : sources.node(nodeId.service(serviceIdOfTask(event.target)));
  if (!serviceNode) return route.finish(key);
  const toService = edgePoints(sources, `e:${tgId}>${serviceNode.id}`, exit(group), entry(serviceNode));
  route.add(toService, true);
  if (!taskNode) return route.finish(key);
  const lane = toService[toService.length - 1] ?? entry(serviceNode);
  return route.add(lanePoints(lane, taskNode)).finish(key);
}

/** The point `distance` along the route (clamped), written into `out`. */
export function pointAt(route: Route, distance: number, out: { x: number; y: number; hidden: boolean }): void {
  const { points, lengths } = route;
  const last = lengths.length - 1;
  out.hidden = false;
  if (distance <= 0) {
    out.x = points[0] ?? 0;
    out.y = points[1] ?? 0;
    return;
  }
  if (distance >= route.total) {
    out.x = points[last * 2] ?? 0;
    out.y = points[last * 2 + 1] ?? 0;
    return;
  }
  // Routes have at most a few hundred points; a binary search keeps 150 particles cheap.
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((lengths[mid] ?? 0) <= distance) lo = mid;
    else hi = mid;
  }
  const a = lengths[lo] ?? 0;
  const b = lengths[hi] ?? a;
  const t = b > a ? (distance - a) / (b - a) : 0;
  out.hidden = route.hidden[lo] === 1;
  out.x = (points[lo * 2] ?? 0) + ((points[hi * 2] ?? 0) - (points[lo * 2] ?? 0)) * t;
  out.y = (points[lo * 2 + 1] ?? 0) + ((points[hi * 2 + 1] ?? 0) - (points[lo * 2 + 1] ?? 0)) * t;
}
