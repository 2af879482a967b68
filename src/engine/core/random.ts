/**
 * Seeded random numbers. Each concern (arrival times, the traffic mix, app errors) draws from its own stream, so
 * a change in how often one is used does not shift the others.
 */

export interface RandomStream {
  /** Uniform in [0, 1). */
  next(): number;
}

/** splitmix32: spreads a small integer seed into well-mixed 32-bit state words. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32 in plain integer arithmetic, so Node and every browser agree bit for bit. The state lives in an Int32Array
 * field and every step stays in 32-bit integers: the request path draws twice per request, and state kept as unsigned
 * numbers in closure variables would box a heap number at each step. A field rather than a closure also lets a
 * checkpoint copy the stream with the rest of the engine's state (core/cloneState.ts).
 */
class Sfc32 implements RandomStream {
  readonly s = new Int32Array(4);

  next(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/** sfc32 seeded from (seed, stream). */
export function createRandomStream(seed: number, stream: number): RandomStream {
  const mix = splitmix32((Math.imul(seed >>> 0, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x165667b1)) >>> 0);
  const self = new Sfc32();
  self.s[0] = mix();
  self.s[1] = mix();
  self.s[2] = mix();
  self.s[3] = mix();
  for (let i = 0; i < 12; i++) self.next();
  return self;
}

/** Milliseconds to the next arrival of a Poisson process at `ratePerSecond`. */
export function exponentialMs(random: RandomStream, ratePerSecond: number): number {
  return (-Math.log(1 - random.next()) / ratePerSecond) * 1000;
}
