/**
 * Request completions, kept out of the agenda's heap. Requests that take the same time complete in the order they
 * arrived, so each distinct delay gets a FIFO lane whose times never decrease; the loop only compares lane heads.
 * Every entry still carries a sequence number from the agenda, so the order of the whole run is exactly what one
 * heap would give: same events, same bytes, two heap operations fewer per request.
 */

class Lane {
  times = new Float64Array(64);
  seqs = new Float64Array(64);
  slots = new Int32Array(64);
  gens = new Int32Array(64);
  head = 0;
  count = 0;

  constructor(readonly delay: number) {}

  push(time: number, seq: number, slot: number, gen: number): void {
    if (this.count === this.times.length) this.grow();
    const i = (this.head + this.count) & (this.times.length - 1);
    this.times[i] = time;
    this.seqs[i] = seq;
    this.slots[i] = slot;
    this.gens[i] = gen;
    this.count++;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const mask = this.times.length - 1;
    const times = new Float64Array(size);
    const seqs = new Float64Array(size);
    const slots = new Int32Array(size);
    const gens = new Int32Array(size);
    for (let k = 0; k < this.count; k++) {
      const i = (this.head + k) & mask;
      times[k] = this.times[i]!;
      seqs[k] = this.seqs[i]!;
      slots[k] = this.slots[i]!;
      gens[k] = this.gens[i]!;
    }
    this.times = times;
    this.seqs = seqs;
    this.slots = slots;
    this.gens = gens;
    this.head = 0;
  }
}

export class CompletionLanes {
  private readonly lanes: Lane[] = [];
  private readonly byDelay = new Map<number, Lane>();
  /** The lane whose head is due first, after `peek()`; null when all are empty. */
  private best: Lane | null = null;

  /** The lane pushed to last: nearly every request of a run takes the same time, so this spares a lookup each. */
  private last: Lane | null = null;

  push(delay: number, time: number, seq: number, slot: number, gen: number): void {
    let lane = this.last;
    if (lane === null || lane.delay !== delay) {
      lane = this.byDelay.get(delay) ?? this.addLane(delay);
      this.last = lane;
    }
    lane.push(time, seq, slot, gen);
  }

  private addLane(delay: number): Lane {
    const lane = new Lane(delay);
    this.byDelay.set(delay, lane);
    this.lanes.push(lane);
    return lane;
  }

  /** Key (time x 2 + 1, as the agenda orders normal work) of the first completion due, Infinity when none. */
  peekKey(): number {
    let best: Lane | null = null;
    let bestTime = Infinity;
    let bestSeq = Infinity;
    const lanes = this.lanes;
    for (let i = 0; i < lanes.length; i++) {
      const lane = lanes[i]!;
      if (lane.count === 0) continue;
      const t = lane.times[lane.head]!;
      const s = lane.seqs[lane.head]!;
      if (t < bestTime || (t === bestTime && s < bestSeq)) {
        best = lane;
        bestTime = t;
        bestSeq = s;
      }
    }
    this.best = best;
    return best === null ? Infinity : bestTime * 2 + 1;
  }

  /** Sequence number of the completion `peekKey` found. */
  peekSeq(): number {
    const lane = this.best;
    return lane === null ? Infinity : lane.seqs[lane.head]!;
  }

  peekSlot(): number {
    const lane = this.best!;
    return lane.slots[lane.head]!;
  }

  peekGen(): number {
    const lane = this.best!;
    return lane.gens[lane.head]!;
  }

  /** Removes the completion `peekKey` found. */
  pop(): void {
    const lane = this.best!;
    lane.head = (lane.head + 1) & (lane.times.length - 1);
    lane.count--;
    this.best = null;
  }

  /** Forget empty lanes of delays no longer used, so odd one-off delays do not pile up over a long run. */
  compact(): void {
    if (this.lanes.length <= 8) return;
    for (let i = this.lanes.length - 1; i >= 0; i--) {
      const lane = this.lanes[i]!;
      if (lane.count === 0) {
        this.lanes.splice(i, 1);
        this.byDelay.delete(lane.delay);
        if (this.last === lane) this.last = null;
      }
    }
  }
}
