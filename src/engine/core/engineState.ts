/**
 * The engine's shared state and its few primitives: the clock, the agenda, handles for scheduled work, emitting
 * events. The behaviour lives in the modules beside this one (tasks, targets, services, requests), each a set of
 * functions over this state.
 */
import type { Command } from '../commands';
import type { SimEvent } from '../events';
import type { ScenarioSpec } from '../spec';
import { EventQueue, PHASE_COMMAND, PHASE_NORMAL } from './eventQueue';
import type { ClusterRec, InstanceRec, ListenerRec, ServiceRec, TargetGroupRec, TargetRec, TaskDefRec, TaskRec } from './model';
import { createRandomStream, type RandomStream } from './random';
import { RequestPool } from '../requests/requestPool';
import { CompletionLanes } from './completionLanes';
import { BinaryHeap } from './binaryHeap';
import type { ScalingState } from '../scaling/scalingState';

/** What a scheduled entry does; the payload is a handle, the aux a token that tells stale entries apart. */
export const Kind = {
  Command: 0,
  TaskPhase: 1,
  TargetCheck: 2,
  TargetCheckTimeout: 3,
  DrainEnd: 4,
  ContainerCheck: 5,
  ServiceWake: 6,
  GraceEnd: 7,
  /** The traffic timeline's rate may change now (requests/trafficClock.ts). */
  TrafficRate: 8,
  /** A whole minute: datapoints, alarms and Service Auto Scaling (scaling/autoScaler.ts). */
  ScalingMinute: 9,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A table of records addressed by small integer handles, reusing freed slots. */
export class HandleTable<T> {
  readonly items: (T | undefined)[] = [];
  private readonly free: number[] = [];

  add(item: T): number {
    const slot = this.free.pop();
    if (slot !== undefined) {
      this.items[slot] = item;
      return slot;
    }
    this.items.push(item);
    return this.items.length - 1;
  }

  get(handle: number): T | undefined {
    return this.items[handle];
  }

  release(handle: number): void {
    this.items[handle] = undefined;
    this.free.push(handle);
  }
}

export type BatchKind = 'started' | 'stopped' | 'registered' | 'deregistered' | 'draining';

interface Sink {
  readonly listener: (event: SimEvent) => void;
  readonly requests: boolean;
}

export class EngineState {
  now = 0;
  readonly queue = new EventQueue();
  /** Bumped whenever anything a snapshot shows changes. */
  version = 0;
  /** Unique across the run, so a token never matches a recycled handle's stale entry. */
  private tokenCounter = 0;

  readonly arrivals: RandomStream;
  readonly mixDraw: RandomStream;
  readonly appDraw: RandomStream;
  readonly placementDraw: RandomStream;

  readonly taskDefs = new Map<string, TaskDefRec>();
  readonly services: ServiceRec[] = [];
  /** Indexes of services marked dirty and not yet settled (each at most once: ServiceRec.queued). */
  readonly dirtyServices = new BinaryHeap<number>((a, b) => a < b);
  readonly servicesById = new Map<string, ServiceRec>();
  readonly targetGroups: TargetGroupRec[] = [];
  readonly targetGroupsById = new Map<string, TargetGroupRec>();
  readonly listeners: ListenerRec[] = [];
  readonly tasksById = new Map<string, TaskRec>();
  /** The configuration now: the spec with every edit applied (script left out). Replaced, never mutated. */
  world: ScenarioSpec;
  readonly clusters: ClusterRec[] = [];
  readonly clustersById = new Map<string, ClusterRec>();
  readonly instancesById = new Map<string, InstanceRec>();

  readonly taskHandles = new HandleTable<TaskRec>();
  readonly taskHandleOf = new Map<TaskRec, number>();
  readonly targetHandles = new HandleTable<TargetRec>();
  readonly targetHandleOf = new Map<TargetRec, number>();
  readonly commands = new HandleTable<Command>();

  /** Service messages that sum up everything of one kind in one instant ("registered 3 targets"). */
  readonly batches = new Map<string, { service: ServiceRec; kind: BatchKind; tgArn: string; count: number; ids: string[] }>();

  readonly pool = new RequestPool();
  readonly lanes = new CompletionLanes();
  requestCounter = 0;
  readonly stats = { total: 0, byStatus: new Float64Array(1000), elb5xx: 0, target5xx: 0 };
  /** Request counts of tasks no longer kept, so totals per task survive them. */
  readonly retiredByTask = new Map<string, number>();

  /** Service Auto Scaling's state, made when the world first has a scalable target (scaling/scalingState.ts). */
  scaling: ScalingState | null = null;
  /** Tells the traffic timeline's scheduled rate changes from stale ones (requests/trafficClock.ts). */
  trafficToken = 0;

  deploymentCounter = 0;
  launchCounter = 0;
  batchCounter = 0;

  private readonly sinks: Sink[] = [];
  requestSinkCount = 0;
  /** Whether anyone would see a request.completed event; when not, the hot path builds none. */
  wantsRequestEvents: boolean;
  private readonly ring: (SimEvent | undefined)[];
  private ringStart = 0;
  private ringLength = 0;
  readonly ringRequests: boolean;
  readonly commandLog: { atMs: number; command: Command }[] = [];
  /**
   * Events of a world built before its clock starts (a warm start), held until the run begins: whoever subscribes
   * after createSimulation (the app's store, the command line) still reads them, at t = 0, first.
   */
  private held: SimEvent[] | null = null;
  /** Entries processed and scheduler passes run so far: the engine's work, counted rather than timed. */
  work = 0;
  /** SimulationOptions.checkTallies. */
  checkTallies = false;

  constructor(
    readonly spec: ScenarioSpec,
    readonly seed: number,
    ringSize: number,
    ringRequests: boolean,
  ) {
    this.arrivals = createRandomStream(seed, 1);
    this.mixDraw = createRandomStream(seed, 2);
    this.appDraw = createRandomStream(seed, 3);
    this.placementDraw = createRandomStream(seed, 4);
    this.ring = new Array<SimEvent | undefined>(Math.max(1, ringSize));
    this.world = { ...spec, script: [] };
    this.ringRequests = ringRequests;
    this.wantsRequestEvents = ringRequests;
  }

  /** Something changed that the service's scheduler should look at when the engine next settles. */
  markDirty(service: ServiceRec): void {
    service.dirty = true;
    if (service.queued) return;
    service.queued = true;
    this.dirtyServices.push(service.index);
  }

  nextToken(): number {
    this.tokenCounter = (this.tokenCounter + 1) | 0;
    return this.tokenCounter;
  }

  at(timeMs: number, kind: Kind, payload: number, aux = 0): void {
    this.queue.push(Math.max(timeMs, this.now), PHASE_NORMAL, kind, payload, aux);
  }

  scheduleCommand(timeMs: number, command: Command): void {
    this.queue.push(timeMs, PHASE_COMMAND, Kind.Command, this.commands.add(command));
  }

  handleOfTask(task: TaskRec): number {
    let handle = this.taskHandleOf.get(task);
    if (handle === undefined) {
      handle = this.taskHandles.add(task);
      this.taskHandleOf.set(task, handle);
    }
    return handle;
  }

  handleOfTarget(target: TargetRec): number {
    let handle = this.targetHandleOf.get(target);
    if (handle === undefined) {
      handle = this.targetHandles.add(target);
      this.targetHandleOf.set(target, handle);
    }
    return handle;
  }

  releaseTarget(target: TargetRec): void {
    const handle = this.targetHandleOf.get(target);
    if (handle === undefined) return;
    this.targetHandles.release(handle);
    this.targetHandleOf.delete(target);
  }

  releaseTask(task: TaskRec): void {
    if (task.requestsServed > 0) this.retiredByTask.set(task.id, task.requestsServed);
    const handle = this.taskHandleOf.get(task);
    if (handle === undefined) return;
    this.taskHandles.release(handle);
    this.taskHandleOf.delete(task);
  }

  subscribe(listener: (event: SimEvent) => void, requests: boolean): () => void {
    const sink: Sink = { listener, requests };
    this.sinks.push(sink);
    if (requests) this.requestSinkCount++;
    this.wantsRequestEvents = this.requestSinkCount > 0 || this.ringRequests;
    return () => {
      const i = this.sinks.indexOf(sink);
      if (i < 0) return;
      this.sinks.splice(i, 1);
      if (requests) this.requestSinkCount--;
      this.wantsRequestEvents = this.requestSinkCount > 0 || this.ringRequests;
    };
  }

  /** Forgets every listener (a restored copy of the state starts unheard; core/cloneState.ts). */
  detachSinks(): void {
    this.sinks.length = 0;
    this.requestSinkCount = 0;
    this.wantsRequestEvents = this.ringRequests;
  }

  /** Hold emitted events until release(). */
  hold(): void {
    this.held = [];
  }

  /** Emit what was held, in order; nothing when nothing is held. */
  release(): void {
    const held = this.held;
    if (held === null) return;
    this.held = null;
    for (const event of held) this.emit(event);
  }

  emit(event: SimEvent): void {
    if (this.held !== null) {
      this.version++;
      this.held.push(event);
      return;
    }
    const isRequest = event.type === 'request.completed';
    if (!isRequest) this.version++;
    if (!isRequest || this.ringRequests) this.pushRing(event);
    for (const sink of this.sinks) {
      if (!isRequest || sink.requests) sink.listener(event);
    }
  }

  private pushRing(event: SimEvent): void {
    const capacity = this.ring.length;
    if (this.ringLength < capacity) {
      this.ring[(this.ringStart + this.ringLength) % capacity] = event;
      this.ringLength++;
    } else {
      this.ring[this.ringStart] = event;
      this.ringStart = (this.ringStart + 1) % capacity;
    }
  }

  recentEvents(): SimEvent[] {
    const out: SimEvent[] = [];
    const capacity = this.ring.length;
    for (let i = 0; i < this.ringLength; i++) {
      const event = this.ring[(this.ringStart + i) % capacity];
      if (event) out.push(event);
    }
    return out;
  }
}
