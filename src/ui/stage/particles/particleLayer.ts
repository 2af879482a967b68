/**
 * Requests in flight, drawn on one <canvas> outside React. It draws when the simulated clock moves (the store's
 * only animation loop drives it) or the viewport moves, and positions come from simulated time: paused, nothing
 * moves. Above a cap of live particles, further requests thicken a stream along their route instead.
 */
import type { RequestCompletedEvent } from '../../../engine';
import type { Palette } from './palette';
import { pointAt, type Route } from './route';
import { drawSpotlight, SPOT_WALL_MS } from './spotlightMark';

export interface ParticleLayerOptions {
  readonly canvas: HTMLCanvasElement;
  /** The route of a request, cached by the caller; null when its nodes are not on the stage. */
  route(event: RequestCompletedEvent): Route | null;
  /** React Flow's viewport: [x, y, zoom]. */
  transform(): readonly [number, number, number];
  palette(): Palette;
  paletteIndex(targetGroupId: string): number;
  /** Lights a rule row up (or down); called only when that changes. */
  light(ruleNodeId: string, lit: boolean): void;
  speed(): number;
  notes(): boolean;
  reduced(): boolean;
  /** The request to make stand out (the rule tester's), by request.completed id. */
  spotlight?(): { readonly requestId: number; readonly label: string } | null;
  readonly maxParticles?: number;
}

export interface ParticleLayer {
  add(event: RequestCompletedEvent): void;
  /**
   * Draws the picture at simulated time `now`. When frames come slowly (a busy page), every other call is skipped
   * unless `force` (the camera moved), which halves the canvas's cost and still moves particles at 30 per second.
   */
  draw(now: number, force?: boolean): void;
  resize(width: number, height: number, ratio: number): void;
  /** Drops everything (a new world). */
  clear(): void;
  readonly live: number;
}

interface Particle {
  route: Route;
  /** 0 at the audience, 0.5 at the far end, 1 back home. */
  progress: number;
  /** The simulated time `progress` is reckoned to. */
  at: number;
  color: string;
  error: boolean;
  /** The label of the spotlit request; null for every other one. */
  spot: string | null;
}

/** Where the spotlit request ends up, drawn still: with reduced motion it is all there is of it. */
interface Landing {
  route: Route;
  label: string;
  color: string;
  error: boolean;
  /** Wall-clock time it disappears. */
  until: number;
}

interface Stream {
  route: Route;
  color: string;
  load: number;
}

export const MAX_PARTICLES = 150;
/** How long a lit rule stays lit, in wall-clock ms at any speed; long enough that it cannot flash 3 times a second. */
const LIT_WALL_MS = 400;
/** How fast a stream thins when its requests stop, in wall-clock ms at any speed. */
const STREAM_WALL_MS = 700;

/** Frames slower than this (a smoothed average) mean the page is busy: draw every other one. */
const SLOW_FRAME_MS = 22;

/** A round trip in wall-clock ms: ~0.9 s at 1x, quicker at higher speeds but never a blur. */
export function tripWallMs(speed: number): number {
  return Math.min(900, Math.max(300, 900 / Math.sqrt(Math.max(speed, 0.01))));
}

const ruleNodeOf = (event: RequestCompletedEvent) => `rule:${event.listener}:${event.rule}`;

export function createParticleLayer(options: ParticleLayerOptions): ParticleLayer {
  const { canvas } = options;
  const max = options.maxParticles ?? MAX_PARTICLES;
  // Taken on first use with a real size: a canvas that is never laid out (hidden, or in a test DOM) needs none.
  let context: CanvasRenderingContext2D | null | undefined;
  let particles: Particle[] = [];
  const streams = new Map<string, Stream>();
  const hits = new Map<string, number>();
  const lit = new Set<string>();
  let lastNow = 0;
  let lastWall = performance.now();
  let frameMs = 16;
  let skipped = false;
  let blank = false;
  let ratio = 1;
  let width = 0;
  let height = 0;
  const at = { x: 0, y: 0, hidden: false };
  let landing: Landing | null = null;

  function colorOf(palette: Palette, event: RequestCompletedEvent): string {
    if (event.targetGroup === null) return palette.neutral;
    return palette.groups[options.paletteIndex(event.targetGroup)] ?? palette.neutral;
  }

  function add(event: RequestCompletedEvent): void {
    hits.set(ruleNodeOf(event), event.t);
    const wanted = options.spotlight?.() ?? null;
    const spot = wanted !== null && wanted.requestId === event.id ? wanted.label : null;
    if (options.reduced() && spot === null) return;
    const route = options.route(event);
    if (!route) return;
    const palette = options.palette();
    const color = colorOf(palette, event);
    const error = event.status >= 400;
    if (spot !== null && options.reduced()) {
      landing = { route, label: spot, color, error, until: performance.now() + SPOT_WALL_MS };
      blank = false;
      return;
    }
    // The spotlit request is drawn even above the cap: it is the one someone is watching for.
    if (particles.length < max || spot !== null) {
      particles.push({ route, progress: 0, at: event.t, color, error, spot });
      return;
    }
    const stream = streams.get(route.key);
    if (stream) stream.load += 1;
    else streams.set(route.key, { route, color, load: 1 });
  }

  function lightRules(now: number): void {
    const span = LIT_WALL_MS * options.speed();
    for (const [rule, t] of hits) {
      const on = now - t < span && now >= t;
      if (on && !lit.has(rule)) {
        lit.add(rule);
        options.light(rule, true);
      } else if (!on && lit.has(rule)) {
        lit.delete(rule);
        options.light(rule, false);
      }
      if (!on) hits.delete(rule);
    }
  }

  function drawStreams(ctx: CanvasRenderingContext2D, dt: number, zoom: number): void {
    const decay = Math.exp(-dt / (STREAM_WALL_MS * options.speed()));
    ctx.globalAlpha = 0.35;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const [key, stream] of streams) {
      stream.load *= decay;
      if (stream.load < 0.2) {
        streams.delete(key);
        continue;
      }
      const { points, hidden } = stream.route;
      ctx.strokeStyle = stream.color;
      // Screen pixels: from a hairline to 6 px, by how many requests the stream stands for.
      ctx.lineWidth = Math.min(6, 1.5 + 1.1 * Math.log2(1 + stream.load)) / zoom;
      ctx.beginPath();
      for (let i = 0; i < hidden.length; i++) {
        if (hidden[i] === 1) continue;
        ctx.moveTo(points[i * 2] ?? 0, points[i * 2 + 1] ?? 0);
        ctx.lineTo(points[i * 2 + 2] ?? 0, points[i * 2 + 3] ?? 0);
      }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  function drawParticles(ctx: CanvasRenderingContext2D, now: number, palette: Palette, zoom: number): void {
    const notes = options.notes();
    // Particles keep a readable size when zoomed out.
    const size = 4.5 / Math.min(1, Math.max(zoom, 0.45));
    if (notes) {
      ctx.font = `600 ${size * 3.4}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
    }
    // Progress is paced by the speed of the moment, so slowing down slows particles already in flight too.
    const trip = tripWallMs(options.speed()) * options.speed();
    const kept: Particle[] = [];
    for (const particle of particles) {
      if (now > particle.at) {
        particle.progress += (now - particle.at) / trip;
        particle.at = now;
      }
      const { progress } = particle;
      if (progress >= 1) continue;
      kept.push(particle);
      const { total } = particle.route;
      const distance = progress < 0.5 ? progress * 2 * total : (1 - progress) * 2 * total;
      pointAt(particle.route, distance, at);
      if (particle.spot !== null) {
        drawSpotlight(ctx, at.x, at.y, size, particle.spot, particle.color, particle.error, palette);
        continue;
      }
      if (at.hidden) continue;
      ctx.fillStyle = particle.color;
      if (particle.error) {
        // Errors are squares with a red edge, so they differ in shape, not only in color.
        ctx.strokeStyle = palette.error;
        ctx.lineWidth = size * 0.5;
        ctx.fillRect(at.x - size, at.y - size, size * 2, size * 2);
        ctx.strokeRect(at.x - size, at.y - size, size * 2, size * 2);
      } else if (notes) {
        ctx.strokeStyle = palette.halo;
        ctx.lineWidth = size * 0.5;
        ctx.strokeText('♪', at.x, at.y);
        ctx.fillText('♪', at.x, at.y);
      } else {
        ctx.strokeStyle = palette.halo;
        ctx.lineWidth = size * 0.4;
        ctx.beginPath();
        ctx.arc(at.x, at.y, size, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
      }
    }
    particles = kept;
  }

  function draw(now: number, force = false): void {
    lightRules(now);
    const wall = performance.now();
    frameMs = frameMs * 0.9 + Math.min(100, wall - lastWall) * 0.1;
    lastWall = wall;
    if (!force && !skipped && frameMs > SLOW_FRAME_MS) {
      skipped = true;
      return;
    }
    skipped = false;
    const dt = Math.max(0, now - lastNow);
    lastNow = now;
    if (context === undefined && width > 0 && height > 0) context = canvas.getContext('2d');
    if (!context) return;
    if (options.reduced()) {
      particles = [];
      streams.clear();
    }
    if (landing !== null && wall > landing.until) landing = null;
    // An empty canvas stays untouched: no clear, so the compositor has nothing new to take.
    if (blank && particles.length === 0 && streams.size === 0 && landing === null) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width * ratio, height * ratio);
    blank = particles.length === 0 && streams.size === 0 && landing === null;
    const [x, y, zoom] = options.transform();
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
    const palette = options.palette();
    drawStreams(context, dt, zoom);
    drawParticles(context, now, palette, zoom);
    if (landing !== null) {
      // Still, at the end of its way in: the task that served it, or the front of house that answered.
      pointAt(landing.route, landing.route.total, at);
      drawSpotlight(context, at.x, at.y, 4.5 / Math.min(1, Math.max(zoom, 0.45)), landing.label, landing.color, landing.error, palette);
    }
    canvas.dataset.spotlight = landing !== null || particles.some((p) => p.spot !== null) ? 'on' : 'off';
    canvas.dataset.particles = String(particles.length);
    canvas.dataset.streams = String(streams.size);
  }

  return {
    add,
    draw,
    resize(w, h, r) {
      width = w;
      height = h;
      ratio = r;
      canvas.width = Math.max(1, Math.round(w * r));
      canvas.height = Math.max(1, Math.round(h * r));
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      blank = false;
    },
    clear() {
      particles = [];
      streams.clear();
      landing = null;
      for (const rule of lit) options.light(rule, false);
      lit.clear();
      hits.clear();
      lastNow = 0;
    },
    get live() {
      return particles.length;
    },
  };
}
