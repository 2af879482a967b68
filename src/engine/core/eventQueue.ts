/**
 * The simulation's agenda: a binary min-heap ordered by (time, phase, sequence). Kept in parallel typed arrays
 * because the request hot path pushes and pops millions of entries; an object per entry would be garbage.
 * Phase 0 is for commands, which run before anything else due at the same millisecond (MC14); the sequence
 * number keeps everything else in the order it was scheduled.
 */

export const PHASE_COMMAND = 0;
export const PHASE_NORMAL = 1;

export class EventQueue {
  /** keys[0] and seqs[0] are read directly by the simulation loop, the hottest place in the engine. */
  keys: Float64Array;
  seqs: Float64Array;
  private kinds: Uint8Array;
  private payloads: Int32Array;
  private aux: Int32Array;
  private count = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.kinds = new Uint8Array(initialCapacity);
    this.payloads = new Int32Array(initialCapacity);
    this.aux = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Reserve the next sequence number, for things kept outside the heap that must still order among its entries. */
  takeSeq(): number {
    return this.nextSeq++;
  }

  push(timeMs: number, phase: number, kind: number, payload: number, aux = 0, seq = this.nextSeq++): void {
    if (this.count === this.keys.length) this.grow();
    let i = this.count++;
    const key = timeMs * 2 + phase;
    // Sift up.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent]!;
      if (pk < key || (pk === key && this.seqs[parent]! < seq)) break;
      this.move(parent, i);
      i = parent;
    }
    this.keys[i] = key;
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.payloads[i] = payload;
    this.aux[i] = aux;
  }

  /** Time of the earliest entry; Infinity when empty. */
  peekTime(): number {
    return this.count === 0 ? Infinity : Math.floor(this.keys[0]! / 2);
  }

  peekPhase(): number {
    return this.count === 0 ? PHASE_NORMAL : this.keys[0]! % 2;
  }

  peekSeq(): number {
    return this.count === 0 ? Infinity : this.seqs[0]!;
  }

  peekKind(): number {
    return this.kinds[0]!;
  }

  peekPayload(): number {
    return this.payloads[0]!;
  }

  peekAux(): number {
    return this.aux[0]!;
  }

  /** Remove the earliest entry; read it with the peek methods first. */
  pop(): void {
    const last = --this.count;
    if (last === 0) return;
    const key = this.keys[last]!;
    const seq = this.seqs[last]!;
    const kind = this.kinds[last]!;
    const payload = this.payloads[last]!;
    const aux = this.aux[last]!;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      const right = child + 1;
      if (
        right < last &&
        (this.keys[right]! < this.keys[child]! ||
          (this.keys[right] === this.keys[child] && this.seqs[right]! < this.seqs[child]!))
      ) {
        child = right;
      }
      const ck = this.keys[child]!;
      if (key < ck || (key === ck && seq < this.seqs[child]!)) break;
      this.move(child, i);
      i = child;
    }
    this.keys[i] = key;
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.payloads[i] = payload;
    this.aux[i] = aux;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.payloads[to] = this.payloads[from]!;
    this.aux[to] = this.aux[from]!;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Float64Array(size);
    keys.set(this.keys);
    this.keys = keys;
    const seqs = new Float64Array(size);
    seqs.set(this.seqs);
    this.seqs = seqs;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const payloads = new Int32Array(size);
    payloads.set(this.payloads);
    this.payloads = payloads;
    const aux = new Int32Array(size);
    aux.set(this.aux);
    this.aux = aux;
  }
}
