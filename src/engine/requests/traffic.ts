/**
 * The seeded traffic generator (MC17): Poisson arrivals at the given rate, each drawing a mix entry by weight.
 * The next arrival is kept beside the agenda rather than in it, which saves a heap operation per request; it still
 * takes a sequence number when it is scheduled, so it orders among same-millisecond entries as if it were queued.
 */
import type { EngineState } from '../core/engineState';
import { exponentialMs } from '../core/random';
import type { RequestShape } from '../core/model';
import type { TrafficMixEntry, TrafficSpec } from '../spec';
import { makeShape } from './requestShape';

export class TrafficGenerator {
  rate = 0;
  mix: readonly TrafficMixEntry[] = [];
  private shapes: RequestShape[] = [];
  private cumulative = new Float64Array(0);
  private totalWeight = 0;
  private exactNext = Infinity;
  /** When the next arrival is due (whole ms), Infinity when there is no traffic. */
  nextTime = Infinity;
  nextSeq = Infinity;

  constructor(private readonly engine: EngineState) {}

  set(spec: Partial<TrafficSpec>): void {
    if (spec.mix !== undefined) {
      this.mix = spec.mix;
      this.buildShapes();
    }
    if (spec.rate !== undefined) this.rate = Math.max(0, spec.rate);
    this.exactNext = this.engine.now;
    this.scheduleNext();
  }

  /**
   * Rebuild the shapes after the listeners or rules they cached changed. The arrival already lined up stays where
   * it is (an edit does not disturb the Poisson process); traffic that had nowhere to go starts now.
   */
  refresh(): void {
    const wasIdle = this.nextTime === Infinity;
    this.buildShapes();
    if (this.shapes.length === 0 || this.rate <= 0 || this.totalWeight <= 0) {
      this.nextTime = Infinity;
      this.nextSeq = Infinity;
    } else if (wasIdle) {
      this.exactNext = this.engine.now;
      this.scheduleNext();
    }
  }

  private buildShapes(): void {
    this.shapes = [];
    const weights: number[] = [];
    for (const entry of this.mix) {
      const shape = makeShape(this.engine, entry);
      if (shape === null) continue;
      this.shapes.push(shape);
      weights.push(entry.weight ?? 1);
    }
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    this.totalWeight = sum;
  }

  private scheduleNext(): void {
    if (this.rate <= 0 || this.totalWeight <= 0 || this.shapes.length === 0) {
      this.nextTime = Infinity;
      this.nextSeq = Infinity;
      return;
    }
    this.exactNext += exponentialMs(this.engine.arrivals, this.rate);
    this.nextTime = Math.max(Math.round(this.exactNext), this.engine.now);
    this.nextSeq = this.engine.queue.takeSeq();
  }

  /** The arrival that was due now: pick its shape and line up the next one. */
  takeArrival(): RequestShape {
    let shape = this.shapes[0]!;
    if (this.shapes.length > 1) {
      const x = this.engine.mixDraw.next() * this.totalWeight;
      const cumulative = this.cumulative;
      let i = 0;
      while (i < cumulative.length - 1 && x >= cumulative[i]!) i++;
      shape = this.shapes[i]!;
    }
    this.scheduleNext();
    return shape;
  }
}
