/**
 * A deep copy of the engine's state for checkpoints. The state is records, class instances (the agenda, heaps, the
 * request pool, random streams), Maps keyed by records, typed arrays and cycles between records, so
 * structuredClone will not do (it drops prototypes and refuses functions). This copy keeps each object's prototype
 * and every own property, maps each object to one copy (cycles and shared references stay shared), copies typed
 * arrays whole, and shares functions: the engine keeps no state in closures (a listener's compiled route and a
 * binary heap's comparison are pure), which this relies on and test/engine/checkpoint.test.ts checks by comparing
 * restored runs with straight ones.
 */

type Copies = Map<object, unknown>;

function copyOf(value: unknown, copies: Copies): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (ArrayBuffer.isView(value)) {
    const view = value as unknown as { slice(): object };
    const copy = view.slice();
    copies.set(value, copy);
    return copy;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    copies.set(value, copy);
    for (let i = 0; i < value.length; i++) copy[i] = copyOf(value[i], copies);
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>();
    copies.set(value, copy);
    for (const [k, v] of value) copy.set(copyOf(k, copies), copyOf(v, copies));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set<unknown>();
    copies.set(value, copy);
    for (const item of value) copy.add(copyOf(item, copies));
    return copy;
  }
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  copies.set(value, copy);
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) copy[key] = copyOf(source[key], copies);
  return copy;
}

/** Marks `value` and everything reachable from it as its own copy. */
function share(value: unknown, copies: Copies): void {
  if (typeof value !== 'object' || value === null || copies.has(value)) return;
  copies.set(value, value);
  if (ArrayBuffer.isView(value)) return;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      share(k, copies);
      share(v, copies);
    }
  } else if (value instanceof Set) {
    for (const item of value) share(item, copies);
  } else {
    for (const item of Object.values(value)) share(item, copies);
  }
}

/**
 * Copies `root` deeply. Everything reachable from `shared` is kept by reference: data the engine replaces and never
 * mutates (the scenario as it started, the world spec). Records point into it (a service's spec, a rule's action)
 * and the engine compares some of those by identity, so it must stay the same objects, not equal copies.
 */
export function cloneState<T>(root: T, shared: readonly unknown[] = []): T {
  const copies: Copies = new Map();
  for (const object of shared) share(object, copies);
  return copyOf(root, copies) as T;
}
