/**
 * What an intrinsic function evaluates to. References to resources stay symbolic ({@link Link}) so the spec can
 * point at logical IDs; they become AWS-shaped strings only where a string is needed (Fn::Sub, Fn::Join, outputs).
 */

/** A `Ref` (attribute null) or `Fn::GetAtt` to a resource of the template. */
export class Link {
  constructor(
    readonly logicalId: string,
    readonly attribute: string | null,
  ) {}
}

/**
 * A value the loader cannot compute (Fn::ImportValue in a single file, an unsupported function, a reference that was
 * already reported as an error). `reported` says whether an issue was already raised for it, so consumers only warn once.
 */
export class Unresolved {
  constructor(
    readonly reason: string,
    readonly reported: boolean = false,
    /** The name the template uses for the missing value (an export name), for placeholders. */
    readonly name: string | null = null,
  ) {}
}

/** `Ref: AWS::NoValue`: the key or list item disappears. */
export class NoValue {
  static readonly instance = new NoValue();
  private constructor() {}
}

/** A template object that is not an intrinsic call; its members are evaluated only when read. */
export class RawObject {
  constructor(readonly entries: Readonly<Record<string, unknown>>) {}
}

export type Value = string | number | boolean | null | Link | Unresolved | RawObject | readonly Value[];

/**
 * Whether `key` is the record's own: names come from templates and files, and `toString`, `constructor` or
 * `__proto__` must mean what the author wrote, never what every object inherits.
 */
export function hasOwn(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** The record's own value at `key`, undefined otherwise (see hasOwn). */
export function ownValue(record: object, key: string): unknown {
  return hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/**
 * A record with no prototype, for values keyed by names a user gave: `record.__proto__ = x` stores x under that
 * name instead of changing the record's prototype, and `'toString' in record` is false until someone writes it.
 */
export function nameMap<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CloudFormation's names for JSON types, as its validation messages print them. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'Null';
  if (Array.isArray(value)) return 'JSONArray';
  if (value instanceof RawObject || value instanceof Link || value instanceof Unresolved || isRecord(value)) {
    return value instanceof Link ? 'Reference' : 'JSONObject';
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Number';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** Property paths as ScenarioIssue.path expects them: `Properties.Conditions[0].Values[1]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}
