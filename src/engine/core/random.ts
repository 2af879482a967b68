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

/** sfc32 seeded from (seed, stream), as plain integer arithmetic so Node and every browser agree bit for bit. */
export function createRandomStream(seed: number, stream: number): RandomStream {
  const mix = splitmix32((Math.imul(seed >>> 0, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x165667b1)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const self: RandomStream = {
    next(): number {
      const t = (((a + b) >>> 0) + d) >>> 0;
      d = (d + 1) >>> 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) >>> 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) >>> 0;
      return t / 4294967296;
    },
  };
  for (let i = 0; i < 12; i++) self.next();
  return self;
}

/** Milliseconds to the next arrival of a Poisson process at `ratePerSecond`. */
export function exponentialMs(random: RandomStream, ratePerSecond: number): number {
  return (-Math.log(1 - random.next()) / ratePerSecond) * 1000;
}
