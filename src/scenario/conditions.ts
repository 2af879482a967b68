/**
 * The template's `Conditions`: Fn::Equals, Fn::Not, Fn::And, Fn::Or and `Condition`, each evaluated once, on first use.
 */
import type { Evaluator, Where } from './intrinsics';
import type { IssueSink } from './issueSink';
import { Link, NoValue, RawObject, Unresolved, hasOwn, isRecord, joinPath, type Value } from './values';

export class Conditions {
  private readonly cache = new Map<string, boolean | undefined>();
  private readonly evaluating: string[] = [];

  constructor(
    private readonly definitions: Readonly<Record<string, unknown>>,
    private readonly sink: IssueSink,
    private readonly evaluator: () => Evaluator,
  ) {}

  has(name: string): boolean {
    return hasOwn(this.definitions, name);
  }

  /** undefined when the condition does not exist or cannot be evaluated; the reason is reported. */
  value(name: string): boolean | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    if (!this.has(name)) return undefined;
    if (this.evaluating.includes(name)) {
      const cycle = [...this.evaluating.slice(this.evaluating.indexOf(name)), name];
      this.sink.error(`Conditions.${name}`, '', `Template error: Circular dependency between conditions: [${cycle.join(', ')}]`);
      return undefined;
    }
    this.evaluating.push(name);
    const result = this.evaluate(this.definitions[name], { resource: `Conditions.${name}`, path: '' });
    this.evaluating.pop();
    this.cache.set(name, result);
    return result;
  }

  private evaluate(raw: unknown, where: Where): boolean | undefined {
    if (!isRecord(raw) || Object.keys(raw).length !== 1) return this.malformed(where);
    const [fn, arg] = Object.entries(raw)[0] ?? ['', undefined];
    const at = { resource: where.resource, path: joinPath(where.path, fn) };
    switch (fn) {
      case 'Condition':
        if (typeof arg !== 'string' || !this.has(arg)) {
          this.sink.error(where.resource, at.path, `Template format error: Unresolved dependencies [${String(arg)}]. Cannot reference a condition that is not defined in the Conditions block of the template`);
          return undefined;
        }
        return this.value(arg);
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.malformed(at);
        const [left, right] = [this.operand(arg[0], at), this.operand(arg[1], at)];
        return left === undefined || right === undefined ? undefined : left === right;
      }
      case 'Fn::Not': {
        if (!Array.isArray(arg) || arg.length !== 1) return this.malformed(at);
        const inner = this.evaluate(arg[0], { resource: at.resource, path: joinPath(at.path, 0) });
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) return this.malformed(at);
        const values = arg.map((item, index) => this.evaluate(item, { resource: at.resource, path: joinPath(at.path, index) }));
        if (values.includes(undefined)) return undefined;
        return fn === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
      }
      default:
        return this.malformed(where);
    }
  }

  /** Fn::Equals compares the string forms; references to resources are not allowed here (and were reported). */
  private operand(raw: unknown, where: Where): string | undefined {
    const value: Value | NoValue = this.evaluator().shallow(raw, where);
    if (value instanceof Link || value instanceof Unresolved || value instanceof RawObject || value instanceof NoValue) return undefined;
    const text = this.evaluator().text(value, where);
    return text instanceof Unresolved ? undefined : text;
  }

  private malformed(where: Where): undefined {
    this.sink.error(where.resource, where.path, 'Template error: a condition must be one of Fn::Equals, Fn::Not, Fn::And, Fn::Or or {"Condition": name}, with the right number of arguments (Fn::And and Fn::Or take 2 to 10)');
    return undefined;
  }
}
