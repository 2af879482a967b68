/**
 * Reads one template value the way CloudFormation does: evaluated on demand, coerced like CloudFormation coerces
 * ("80" is a number, "true" a boolean, 30 and false are strings where strings are expected), and every problem
 * reported with the resource's logical ID and the property path.
 */
import type { LoadContext } from './context';
import { ARN_ATTRIBUTES } from './resourceTypes';
import type { TemplateResource } from './template';
import { Link, NoValue, RawObject, Unresolved, hasOwn, joinPath, typeName, type Value } from './values';

/** `Custom::Name` and `AWS::CloudFormation::CustomResource`: a Lambda or SNS topic makes them, which the simulator never runs. */
export function isCustomResourceType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

/** A reference target: a resource of the template, or a literal the template names it by (an ARN, a name). */
export type LinkTarget = { readonly id: string } | { readonly text: string };

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function found(value: Value): string {
  const type = typeName(value);
  if (typeof value === 'string') return `${type} "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${type} ${String(value)}`;
  return type;
}

export class Node {
  constructor(
    readonly ctx: LoadContext,
    readonly resource: string,
    readonly path: string,
    readonly value: Value,
  ) {}

  /** The `Properties` of a resource; an empty object when absent. */
  static properties(ctx: LoadContext, resource: TemplateResource): Node {
    const raw = resource.properties;
    const value = raw === undefined ? new RawObject({}) : ctx.evaluator.shallow(raw, { resource: resource.logicalId, path: 'Properties' });
    return new Node(ctx, resource.logicalId, 'Properties', value instanceof NoValue ? new RawObject({}) : value);
  }

  keys(): string[] {
    return this.value instanceof RawObject ? Object.keys(this.value.entries) : [];
  }

  /** A member; undefined when absent or removed by AWS::NoValue. */
  get(key: string): Node | undefined {
    if (!(this.value instanceof RawObject) || !hasOwn(this.value.entries, key)) return undefined;
    const path = joinPath(this.path, key);
    const value = this.ctx.evaluator.shallow(this.value.entries[key], { resource: this.resource, path });
    return value instanceof NoValue ? undefined : new Node(this.ctx, this.resource, path, value);
  }

  error(message: string): void {
    this.ctx.sink.error(this.resource, this.path, message);
  }

  warn(message: string): void {
    this.ctx.sink.warn(this.resource, this.path, message);
  }

  /** Members the simulator does not know: a warning each, never an error, so newer templates still load. */
  warnUnknown(known: readonly string[]): void {
    for (const key of this.keys()) {
      if (!known.includes(key)) {
        this.ctx.sink.warn(this.resource, joinPath(this.path, key), `Encountered unsupported property ${key}; the simulator ignores it.`);
      }
    }
  }

  /**
   * A value a custom resource (or a resource type the simulator does not run) returns: its Lambda never runs here, so
   * the value is a warning that names the resource, and the caller's fallback applies.
   */
  private custom(value: Value, fallback: string | undefined): boolean {
    if (!(value instanceof Link)) return false;
    const target = this.ctx.resource(value.logicalId);
    if (!target || !isCustomResourceType(target.type)) return false;
    const what = value.attribute === null ? `Ref ${value.logicalId}` : `Fn::GetAtt ${value.logicalId}.${value.attribute}`;
    this.warn(`${what} is a value of custom resource ${value.logicalId} (${target.type}), which the simulator does not run; ${fallback ?? 'the simulator cannot use this value'}.`);
    return true;
  }

  private unresolved(value: Unresolved, fallback: string | undefined): undefined {
    if (!value.reported) this.warn(`${value.reason}; ${fallback ?? 'the simulator cannot use this value'}.`);
    return undefined;
  }

  asString(fallback?: string): string | undefined {
    const value = this.value;
    if (this.custom(value, fallback)) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Unresolved) return this.unresolved(value, fallback);
    if (value instanceof Link) {
      const text = this.ctx.evaluator.text(value, { resource: this.resource, path: this.path });
      return text instanceof Unresolved ? this.unresolved(text, fallback) : text;
    }
    this.error(`expected type: String, found: ${found(value)}`);
    return undefined;
  }

  asNumber(fallback?: string): number | undefined {
    const value = this.value;
    if (this.custom(value, fallback)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value.trim());
    if (value instanceof Unresolved) return this.unresolved(value, fallback);
    this.error(`expected type: Number, found: ${found(value)}`);
    return undefined;
  }

  asInteger(fallback?: string): number | undefined {
    const value = this.value;
    if (this.custom(value, fallback)) return undefined;
    if (value instanceof Unresolved) return this.unresolved(value, fallback);
    const number = typeof value === 'number' || typeof value === 'string' ? Number(typeof value === 'string' ? value.trim() : value) : NaN;
    const numeric = typeof value === 'number' || (typeof value === 'string' && NUMBER_TEXT.test(value.trim()));
    if (numeric && Number.isInteger(number)) return number;
    this.error(`expected type: Integer, found: ${found(value)}`);
    return undefined;
  }

  asBoolean(fallback?: string): boolean | undefined {
    const value = this.value;
    if (this.custom(value, fallback)) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
    if (value instanceof Unresolved) return this.unresolved(value, fallback);
    this.error(`expected type: Boolean, found: ${found(value)}`);
    return undefined;
  }

  /** The node itself when it is an object; else a type error. */
  asObject(): Node | undefined {
    if (this.value instanceof RawObject) return this;
    if (this.value instanceof Unresolved) return this.unresolved(this.value, undefined);
    this.error(`expected type: JSONObject, found: ${found(this.value)}`);
    return undefined;
  }

  asList(): Node[] | undefined {
    const value = this.value;
    if (Array.isArray(value)) {
      return (value as readonly Value[]).map((item, index) => new Node(this.ctx, this.resource, joinPath(this.path, index), item));
    }
    if (value instanceof Unresolved) return this.unresolved(value, undefined);
    this.error(`expected type: JSONArray, found: ${found(value)}`);
    return undefined;
  }

  asStringList(): string[] | undefined {
    const items = this.asList();
    if (!items) return undefined;
    return items.map((item) => item.asString()).filter((item): item is string => item !== undefined);
  }

  /** A reference to a resource of one of `types`, by Ref/GetAtt or by a literal ARN or name of one. */
  asLink(types: readonly string[], fallback?: string): LinkTarget | undefined {
    const value = this.value;
    if (this.custom(value, fallback)) return undefined;
    if (value instanceof Link) {
      const target = this.ctx.resource(value.logicalId);
      if (!target) return undefined;
      if (!types.includes(target.type)) {
        this.error(`expected a reference to ${types.join(' or ')}, but ${value.logicalId} is ${target.type}`);
        return undefined;
      }
      if (value.attribute !== null && !ARN_ATTRIBUTES.has(value.attribute)) {
        this.error(`expected the ARN of ${value.logicalId}, but ${value.logicalId}.${value.attribute} is not an ARN`);
        return undefined;
      }
      return { id: value.logicalId };
    }
    const text = this.asString(fallback);
    if (text === undefined) return undefined;
    const id = this.ctx.findByText(text, types);
    return id === undefined ? { text } : { id };
  }
}

/** Child shortcuts, so builders read `int(props, 'Port')` rather than `props.get('Port')?.asInteger()`. */
export const str = (node: Node, key: string, fallback?: string): string | undefined => node.get(key)?.asString(fallback);
export const num = (node: Node, key: string, fallback?: string): number | undefined => node.get(key)?.asNumber(fallback);
export const int = (node: Node, key: string, fallback?: string): number | undefined => node.get(key)?.asInteger(fallback);
export const bool = (node: Node, key: string, fallback?: string): boolean | undefined => node.get(key)?.asBoolean(fallback);
export const obj = (node: Node, key: string): Node | undefined => node.get(key)?.asObject();
export const list = (node: Node, key: string): Node[] | undefined => node.get(key)?.asList();
