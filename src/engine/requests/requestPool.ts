/**
 * Requests in flight, kept as columns of typed arrays and reused slots: at a million requests per second an object
 * per request would be the engine's main cost. Each target threads its in-flight slots on an intrusive list, so a
 * crash or the end of draining can answer exactly those requests.
 */
import type { RequestShape, RuleRec, TargetGroupRec, TargetRec } from '../core/model';

export class RequestPool {
  capacity = 0;
  id = new Float64Array(0);
  arrival = new Float64Array(0);
  status = new Int32Array(0);
  gen = new Int32Array(0);
  next = new Int32Array(0);
  prev = new Int32Array(0);
  shape: (RequestShape | undefined)[] = [];
  rule: (RuleRec | undefined)[] = [];
  group: (TargetGroupRec | undefined)[] = [];
  target: (TargetRec | undefined)[] = [];
  private free = new Int32Array(0);
  private freeTop = 0;
  inFlight = 0;

  constructor(initial = 256) {
    this.grow(initial);
  }

  alloc(): number {
    if (this.freeTop === 0) this.grow(this.capacity * 2);
    this.inFlight++;
    return this.free[--this.freeTop]!;
  }

  release(slot: number): void {
    this.inFlight--;
    this.gen[slot] = (this.gen[slot]! + 1) | 0;
    this.shape[slot] = undefined;
    this.rule[slot] = undefined;
    this.group[slot] = undefined;
    this.target[slot] = undefined;
    this.free[this.freeTop++] = slot;
  }

  link(target: TargetRec, slot: number): void {
    const head = target.inFlightHead;
    this.prev[slot] = -1;
    this.next[slot] = head;
    if (head >= 0) this.prev[head] = slot;
    target.inFlightHead = slot;
    target.inFlight++;
    const task = target.task;
    // The most in flight this minute, for MemoryUtilization (MC26).
    if (++task.inFlight > task.peakInFlight) task.peakInFlight = task.inFlight;
  }

  unlink(target: TargetRec, slot: number): void {
    const prev = this.prev[slot]!;
    const next = this.next[slot]!;
    if (prev >= 0) this.next[prev] = next;
    else target.inFlightHead = next;
    if (next >= 0) this.prev[next] = prev;
    target.inFlight--;
    target.task.inFlight--;
  }

  private grow(size: number): void {
    const old = this.capacity;
    const copy = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.id = copy(this.id, (n) => new Float64Array(n));
    this.arrival = copy(this.arrival, (n) => new Float64Array(n));
    this.status = copy(this.status, (n) => new Int32Array(n));
    this.gen = copy(this.gen, (n) => new Int32Array(n));
    this.next = copy(this.next, (n) => new Int32Array(n));
    this.prev = copy(this.prev, (n) => new Int32Array(n));
    const free = new Int32Array(size);
    free.set(this.free.subarray(0, this.freeTop));
    for (let slot = size - 1; slot >= old; slot--) free[this.freeTop++] = slot;
    this.free = free;
    this.shape.length = size;
    this.rule.length = size;
    this.group.length = size;
    this.target.length = size;
    this.capacity = size;
  }
}
