/**
 * createSimulation: builds the live world from a spec and runs the discrete-event loop. The loop takes whichever
 * is first, the agenda's earliest entry or the next traffic arrival, and after anything but a request lets the
 * service scheduler settle.
 */
import { buildListeners } from './alb/listenerRecords';
import type { Checkpoint, Simulation, SimulationOptions } from './api';
import { cloneState } from './core/cloneState';
import type { Command } from './commands';
import { checkCommand, prepareCommand } from './commands/run';
import { EngineState, Kind } from './core/engineState';
import { PHASE_COMMAND } from './core/eventQueue';
import { onRequestDone, arrive } from './requests/requestRouting';
import { TrafficGenerator } from './requests/traffic';
import { addService, addTargetGroup } from './services/serviceRecords';
import { flushBatches } from './services/messageBatch';
import { settleServices } from './services/scheduler';
import { attachEngine } from './simulationEngine';
import { startWarm } from './services/warmStart';
import { buildCounters, buildSnapshot } from './snapshotBuilder';
import type { WorldSnapshot } from './snapshot';
import type { ScenarioSpec } from './spec';
import { onTargetCheck, onTargetCheckTimeout } from './targets/healthChecks';
import { onDrainEnd } from './targets/targetRegistration';
import { registerTaskDef } from './tasks/taskDefinitions';
import { buildCluster } from './capacity/instances';
import { onContainerCheck } from './tasks/containerHealth';
import { onGraceEnd, onTaskPhase } from './tasks/taskLifecycle';
import { PLAIN_TASK_HEALTHY_AFTER_MS, refreshTaskHealth } from './tasks/taskHealth';
import { takeDuePlain } from './services/serviceTally';
import { followTimeline, onTrafficRate } from './requests/trafficClock';
import { ensureScaling, onScalingMinute } from './scaling/autoScaler';

const DEFAULT_RING = 500;

function buildWorld(engine: EngineState): void {
  const spec = engine.spec;
  for (const td of spec.taskDefinitions) registerTaskDef(engine, td);
  for (const tg of spec.targetGroups) addTargetGroup(engine, tg);
  buildListeners(engine, spec);
  for (const cluster of spec.clusters) buildCluster(engine, cluster);
  for (const s of spec.services) addService(engine, s);
}

/** Everything a Simulation keeps besides its listeners: what a checkpoint copies. */
interface Parts {
  readonly engine: EngineState;
  readonly traffic: TrafficGenerator;
  readonly dispatched: { atMs: number; command: Command }[];
  readonly inCommandPhase: boolean;
}

/** A copy of the parts that shares the never-mutated world specs and commands, and listens to nobody. */
function copyParts(parts: Parts): Parts {
  const copy = cloneState(parts, [parts.engine.spec, parts.engine.world, parts.dispatched.map((d) => d.command)]);
  copy.engine.detachSinks();
  return copy;
}

/** Checkpoints are opaque outside the engine; this brand keeps anything else from being passed as one. */
const CHECKPOINT = Symbol('checkpoint');
interface CheckpointData extends Checkpoint {
  readonly [CHECKPOINT]: Parts;
}

/** A Simulation that goes on from a checkpoint, exactly as the run it was taken from went on (api.ts, Checkpoint). */
export function restoreSimulation(checkpoint: Checkpoint): Simulation {
  const parts = (checkpoint as CheckpointData)[CHECKPOINT];
  if (!parts) throw new Error('Not a checkpoint of this engine.');
  return simulationOf(copyParts(parts));
}

export function createSimulation(spec: ScenarioSpec, options: SimulationOptions = {}): Simulation {
  const seed = options.seed ?? spec.seed;
  const engine = new EngineState(spec, seed, options.eventRingSize ?? DEFAULT_RING, options.ringRequests ?? false);
  engine.checkTallies = options.checkTallies ?? false;
  buildWorld(engine);
  const traffic = new TrafficGenerator(engine);
  if (spec.traffic) traffic.set(spec.traffic);
  followTimeline(engine, traffic);
  ensureScaling(engine);
  if (spec.start === 'warm') {
    // Built now, so the world on screen at t = 0 is the warm one; its events go out when the run begins.
    engine.hold();
    startWarm(engine);
  }
  for (const entry of spec.script) engine.scheduleCommand(Math.round(entry.at * 1000), entry.command);
  // The services' first scheduler passes are ordinary work at t = 0, after any command due then (MC14).
  for (const service of engine.services) engine.at(0, Kind.ServiceWake, service.index);
  return simulationOf({ engine, traffic, dispatched: [], inCommandPhase: false });
}

function simulationOf(parts: Parts): Simulation {
  const { engine, traffic, dispatched } = parts;
  const ctx = { engine, traffic };
  const spec = engine.spec;
  const seed = engine.seed;
  let cached: WorldSnapshot | null = null;
  let inCommandPhase = parts.inCommandPhase;

  function runCommand(command: Command): void {
    const outcome = prepareCommand(ctx, command);
    if (typeof outcome !== 'function') {
      engine.emit({ t: engine.now, type: 'command.rejected', command, reason: outcome.reason });
      return;
    }
    engine.emit({ t: engine.now, type: 'command.applied', command });
    outcome();
  }

  function processEntry(): void {
    const queue = engine.queue;
    const kind = queue.peekKind();
    const payload = queue.peekPayload();
    const aux = queue.peekAux();
    queue.pop();
    switch (kind) {
      case Kind.Command: {
        const command = engine.commands.get(payload);
        engine.commands.release(payload);
        if (command) runCommand(command);
        break;
      }
      case Kind.TaskPhase: {
        const task = engine.taskHandles.get(payload);
        if (task) onTaskPhase(engine, task, aux);
        break;
      }
      case Kind.TargetCheck: {
        const target = engine.targetHandles.get(payload);
        if (target) onTargetCheck(engine, target, aux);
        break;
      }
      case Kind.TargetCheckTimeout: {
        const target = engine.targetHandles.get(payload);
        if (target) onTargetCheckTimeout(engine, target, aux);
        break;
      }
      case Kind.DrainEnd: {
        const target = engine.targetHandles.get(payload);
        if (target) onDrainEnd(engine, target, aux);
        break;
      }
      case Kind.ContainerCheck: {
        const task = engine.taskHandles.get(payload);
        if (task) onContainerCheck(engine, task, aux);
        break;
      }
      case Kind.GraceEnd: {
        const task = engine.taskHandles.get(payload);
        if (task) onGraceEnd(engine, task, aux);
        break;
      }
      case Kind.ServiceWake: {
        // Something time-based came due (a throttle ending, a plain task's 40 s): look at the service again.
        // Only a plain task's 40 s depends on the clock alone; every other input of a task's health refreshes it
        // when it changes, so the tasks whose 40 s are up are the only ones this can change.
        const service = engine.services[payload];
        if (service) {
          engine.markDirty(service);
          for (const task of takeDuePlain(service.tally, engine.now, PLAIN_TASK_HEALTHY_AFTER_MS)) refreshTaskHealth(engine, task);
        }
        break;
      }
      case Kind.TrafficRate:
        onTrafficRate(engine, traffic, aux);
        break;
      case Kind.ScalingMinute:
        onScalingMinute(ctx);
        break;
    }
    settleServices(engine);
  }

  /**
   * Process entries due before `limitMs` (or at it, when inclusive). With a budget, stops at the first instant
   * boundary after `maxEvents` entries: every entry of the last instant run is done, and the clock is set 1 ms past
   * it, exactly where `advanceTo(thatInstant + 1)` would leave it, so however a run is cut its log is the same.
   * Returns whether it got to `limitMs`.
   */
  function run(limitMs: number, inclusive: boolean, maxEvents: number): boolean {
    engine.release();
    // The clock counts whole milliseconds (MC1): "before 56292.7" is "up to 56292", which is "before 56293".
    const limit = inclusive ? Math.floor(limitMs) : Math.ceil(limitMs);
    const queue = engine.queue;
    // Compare (time x 2 + phase, sequence) keys directly: arrivals are phase 1, like everything but commands.
    const limitKey = inclusive ? limit * 2 + 1 : limit * 2 - 1;
    const lanes = engine.lanes;
    // At least one entry, so a budgeted call always gets somewhere.
    const budget = Math.max(1, maxEvents);
    let processed = 0;
    let cut = false;
    for (;;) {
      // Three sources, one order: the agenda, the next arrival, and the request-completion lanes.
      let key = queue.size > 0 ? queue.keys[0]! : Infinity;
      let seq = queue.size > 0 ? queue.seqs[0]! : Infinity;
      let source = 0;
      const akey = traffic.nextTime * 2 + 1;
      if (akey < key || (akey === key && traffic.nextSeq < seq)) {
        key = akey;
        seq = traffic.nextSeq;
        source = 1;
      }
      const lkey = lanes.peekKey();
      if (lkey < key || (lkey === key && lanes.peekSeq() < seq)) {
        key = lkey;
        source = 2;
      }
      if (key > limitKey) break;
      const time = Math.floor(key / 2);
      const isCommand = source === 0 && key === time * 2 + PHASE_COMMAND;
      // Messages gathered in an instant are written when it ends, and after each of its commands: a command
      // dispatched live (each dispatch ends with its messages) and the same commands in a script log the same lines
      // in the same order, however many share the millisecond.
      if (time > engine.now || (inCommandPhase && !isCommand)) {
        // Between two instants: the only place a budgeted advance stops.
        if (processed >= budget && time > engine.now) {
          cut = true;
          break;
        }
        if (engine.batches.size > 0) flushBatches(engine);
        engine.now = time;
      }
      processed++;
      inCommandPhase = isCommand;
      if (source === 1) arrive(engine, traffic.takeArrival());
      else if (source === 2) {
        const slot = lanes.peekSlot();
        const gen = lanes.peekGen();
        lanes.pop();
        onRequestDone(engine, slot, gen);
      } else {
        processEntry();
        if (isCommand && engine.batches.size > 0) flushBatches(engine);
      }
    }
    engine.work += processed;
    flushBatches(engine);
    lanes.compact();
    if (cut) {
      engine.now += 1;
      return false;
    }
    if (limit > engine.now && Number.isFinite(limit)) engine.now = limit;
    return true;
  }

  return attachEngine({
    initialWorld: spec,
    seed,
    now: () => engine.now,
    dispatch(command) {
      engine.release();
      dispatched.push({ atMs: engine.now, command });
      engine.scheduleCommand(engine.now, command);
      // Run the commands due now, this one included, in order; the rest of this millisecond stays pending.
      while (engine.queue.size > 0 && engine.queue.peekTime() <= engine.now && engine.queue.peekPhase() === PHASE_COMMAND) {
        processEntry();
        flushBatches(engine);
      }
      inCommandPhase = false;
    },
    check: (command) => checkCommand(ctx, command),
    schedule(atMs, command) {
      // Whole milliseconds, as a script's `at` becomes (MC1).
      engine.scheduleCommand(Math.max(Math.round(atMs), engine.now), command);
    },
    commandLog: () => dispatched,
    runUntil: (t) => void run(t, true, Infinity),
    advanceTo: (t, budget) => run(t, false, budget?.maxEvents ?? Infinity),
    work: () => engine.work,
    nextEventTime() {
      const laneKey = engine.lanes.peekKey();
      const t = Math.min(engine.queue.peekTime(), traffic.nextTime, laneKey === Infinity ? Infinity : (laneKey - 1) / 2);
      return Number.isFinite(t) ? t : null;
    },
    subscribe: (listener, opts) => engine.subscribe(listener, opts?.requests ?? false),
    world: () => engine.world,
    snapshot() {
      if (cached === null || cached.version !== engine.version) cached = buildSnapshot(engine, traffic);
      return cached;
    },
    counters: () => buildCounters(engine),
    recentEvents: () => engine.recentEvents(),
    checkpoint(): Checkpoint {
      const data: CheckpointData = { atMs: engine.now, [CHECKPOINT]: copyParts({ engine, traffic, dispatched: dispatched.slice(), inCommandPhase }) };
      return Object.freeze(data);
    },
  }, engine);
}
