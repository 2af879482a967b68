/**
 * A binary min-heap under a given order, for the engine's bookkeeping queues (services to settle, older tasks to
 * replace, stopped tasks to forget). The agenda has its own typed-array heap (eventQueue.ts): it is the hot path.
 */
export class BinaryHeap<T> {
  private items: T[] = [];

  /** `before(a, b)`: a comes out first. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(item, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  /** The first item, removed; the heap must not be empty. */
  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) this.sink(last, 0);
    return top;
  }

  /** Keeps only the items `keep` accepts, in linear time. */
  retain(keep: (item: T) => boolean): void {
    this.items = this.items.filter(keep);
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.sink(this.items[i]!, i);
  }

  clear(): void {
    this.items = [];
  }

  private sink(item: T, from: number): void {
    const items = this.items;
    const n = items.length;
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(items[child + 1]!, items[child]!)) child++;
      if (!this.before(items[child]!, item)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = item;
  }
}
