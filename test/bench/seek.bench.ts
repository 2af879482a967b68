/**
 * npm run bench (seek): the timeline's seek in a run of the default scenario at 100 requests/s. The run is played an
 * hour and a minute through the store as the playback loop plays it at 60x (frames of 1 s of simulated time, 1/60 s
 * of wall time apart, so checkpoints are kept as in the app: every 30 simulated seconds, their cost paid off in wall
 * time),
 * then timed: a seek back to minute 1, a seek to minute 60, and the worst case, a moment just short of the next
 * checkpoint (the most replay a seek does). Target: each under 200 ms. Also: how long an hour took to play, what the
 * checkpoints cost, and the engine's work per seek. A figure to report, not a test.
 */
import { readFileSync } from 'node:fs';
import { createSimStore, templateToWorld } from '../../src/store';
import { CHECKPOINT_EVERY_MS } from '../../src/store/timeline';


const RATE = 100;
const MINUTE = 60_000;

const template = JSON.parse(readFileSync('public/scenarios/default.json', 'utf8')) as { Metadata: { EcsOrchestra: { traffic?: { rate?: number } } } };
template.Metadata.EcsOrchestra.traffic = { ...template.Metadata.EcsOrchestra.traffic, rate: RATE };
const world = templateToWorld(template, 'default.json');
if (!world.ok) throw new Error('default.json does not load');

// At 60x a frame of 1 s comes every 16.7 ms of wall time. Checkpoints are spaced by wall time too (their cost paid
// off), so the store's wall clock is the frames' clock: the hour is not waited out, but checkpointed as the app would.
let frameClock = 0;
const store = createSimStore({ spec: world.spec, clock: () => frameClock });
const playStarted = performance.now();
while (store.getState().now < 61 * MINUTE) {
  frameClock += 1000 / 60;
  store.getState().advanceFrame(1_000, frameClock);
}
const playMs = performance.now() - playStarted;

function timed(label: string, tMs: number): void {
  const started = performance.now();
  store.getState().seekTo(tMs);
  const ms = performance.now() - started;
  const state = store.getState();
  if (state.now !== tMs) throw new Error(`seek to ${tMs} ended at ${state.now}`);
  console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms  (${ms < 200 ? 'under' : 'OVER'} 200 ms; ${state.counters.total.toLocaleString('en')} requests so far)`);
}

const heap = process.memoryUsage().heapUsed;
console.log(`seek (default scenario at ${RATE} requests/s, checkpoints every ${CHECKPOINT_EVERY_MS / 1000} s):`);
console.log(`  played 61 minutes (${store.getState().sim.counters().total.toLocaleString('en')} requests) in ${(playMs / 1000).toFixed(1)} s of wall time, keeping ${store.getState().timeline.checkpoints} checkpoints; heap ${(heap / 1e6).toFixed(0)} MB`);
// Warm the code paths once, then measure.
store.getState().seekTo(30 * MINUTE + 1);
timed('seek back to minute 1', 1 * MINUTE);
timed('seek to minute 60', 60 * MINUTE);
timed('seek back to minute 1 again', 1 * MINUTE);
timed('worst case: 59:59.999 (29.999 s after a checkpoint)', 60 * MINUTE - 1);
