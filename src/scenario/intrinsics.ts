/**
 * The intrinsic functions, evaluated lazily: `shallow` resolves a value only down to its first plain object or list,
 * so a property the simulator never reads is never evaluated (and never reported).
 */
import { AVAILABILITY_ZONES, REGION } from '../engine';
import type { IssueSink } from './issueSink';
import { AVAILABILITY_ZONE_SUFFIXES, PSEUDO_PARAMETERS, pseudoValue } from './pseudo';
import { parseSub } from './sub';
import { Link, NoValue, RawObject, Unresolved, hasOwn, isRecord, joinPath, ownValue, type Value } from './values';

export interface Where {
  readonly resource: string;
  readonly path: string;
}

export interface EvalEnv {
  readonly sink: IssueSink;
  readonly stackName: string;
  readonly mappings: Readonly<Record<string, unknown>>;
  /** undefined when there is no such parameter. */
  parameter(name: string): Value | undefined;
  /** undefined when the condition is missing or cannot be evaluated (already reported). */
  condition(name: string): boolean | undefined;
  resourceState(logicalId: string): 'kept' | 'removed' | 'missing';
  linkText(link: Link, where: Where): string | readonly string[] | Unresolved;
  /** In a bundle: another stack's export; undefined when the bundle has no answer (or there is no bundle). */
  importValue?(name: string, where: Where): Value | undefined;
  /** In a bundle: `Fn::GetAtt NestedStack.Outputs.Name`, the nested stack's output. */
  stackOutput?(stackId: string, output: string, where: Where): Value | undefined;
}

/** `{ "Ref": ... }` or `{ "Fn::X": ... }`: the one key of an intrinsic call, else null. */
export function intrinsicName(raw: unknown): string | null {
  if (!isRecord(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 1) return null;
  const key = keys[0] ?? '';
  return key === 'Ref' || key.startsWith('Fn::') ? key : null;
}

const UNSUPPORTED_HINT = 'is not supported by the simulator';

export class Evaluator {
  constructor(private readonly env: EvalEnv) {}

  shallow(raw: unknown, where: Where): Value | NoValue {
    if (raw === undefined) return null;
    if (raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    if (Array.isArray(raw)) {
      const items: Value[] = [];
      raw.forEach((item, index) => {
        const value = this.shallow(item, { resource: where.resource, path: joinPath(where.path, index) });
        if (!(value instanceof NoValue)) items.push(value);
      });
      return items;
    }
    if (!isRecord(raw)) return null;
    const fn = intrinsicName(raw);
    if (fn === null) return new RawObject(raw);
    return this.call(fn, raw[fn], { resource: where.resource, path: joinPath(where.path, fn) });
  }

  /** A value as a string, the way Fn::Sub and Fn::Join print it. */
  text(value: Value | NoValue, where: Where): string | Unresolved {
    if (value instanceof NoValue || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Unresolved) return value;
    if (value instanceof Link) {
      const printed = this.env.linkText(value, where);
      return typeof printed === 'string' || printed instanceof Unresolved ? printed : printed.join(',');
    }
    if (value instanceof RawObject) return this.fail(where, 'Template error: a JSON object cannot be used where a string is expected');
    const parts: string[] = [];
    for (const item of value) {
      const part = this.text(item, where);
      if (part instanceof Unresolved) return part;
      parts.push(part);
    }
    return parts.join(',');
  }

  /** A value as a list (Fn::Join, Fn::Select); a link that prints as a list counts as one. */
  private list(value: Value | NoValue, where: Where): readonly Value[] | Unresolved | null {
    if (value instanceof Unresolved) return value;
    if (Array.isArray(value)) return value as readonly Value[];
    if (value instanceof Link) {
      const printed = this.env.linkText(value, where);
      if (printed instanceof Unresolved) return printed;
      return typeof printed === 'string' ? null : printed;
    }
    return null;
  }

  private fail(where: Where, message: string): Unresolved {
    this.env.sink.error(where.resource, where.path, message);
    return new Unresolved(message, true);
  }

  private call(fn: string, arg: unknown, where: Where): Value | NoValue {
    switch (fn) {
      case 'Ref':
        return this.ref(arg, where);
      case 'Fn::GetAtt':
        return this.getAtt(arg, where);
      case 'Fn::Sub':
        return this.sub(arg, where);
      case 'Fn::Join':
        return this.join(arg, where);
      case 'Fn::Select':
        return this.select(arg, where);
      case 'Fn::Split':
        return this.split(arg, where);
      case 'Fn::If':
        return this.fnIf(arg, where);
      case 'Fn::FindInMap':
        return this.findInMap(arg, where);
      case 'Fn::GetAZs': {
        const region = this.text(this.shallow(arg, where), where);
        if (region instanceof Unresolved) return region;
        return region === '' || region === REGION ? [...AVAILABILITY_ZONES] : AVAILABILITY_ZONE_SUFFIXES.map((s) => region + s);
      }
      case 'Fn::Base64':
        return this.text(this.shallow(arg, where), where);
      case 'Fn::ImportValue': {
        const name = this.text(this.shallow(arg, where), where);
        const imported = name instanceof Unresolved ? undefined : this.env.importValue?.(name, where);
        if (imported !== undefined) return imported;
        const shown = name instanceof Unresolved ? 'an export' : `"${name}"`;
        return new Unresolved(`Fn::ImportValue ${shown} is another stack's export, which a single template cannot resolve`, false, name instanceof Unresolved ? null : name);
      }
      default:
        return new Unresolved(`${fn} ${UNSUPPORTED_HINT}`);
    }
  }

  private ref(arg: unknown, where: Where): Value | NoValue {
    if (typeof arg !== 'string') return this.fail(where, 'Template error: every Ref object must have a single String value.');
    if (arg === 'AWS::NoValue') return NoValue.instance;
    if (PSEUDO_PARAMETERS.has(arg)) {
      const value = pseudoValue(arg, this.env.stackName);
      return typeof value === 'string' ? value : [...value];
    }
    const parameter = this.env.parameter(arg);
    if (parameter !== undefined) return parameter;
    // Missing and condition-removed targets were reported by the reference scan.
    if (this.env.resourceState(arg) !== 'kept') return new Unresolved(`${arg} does not exist`, true);
    return new Link(arg, null);
  }

  private getAtt(arg: unknown, where: Where): Value {
    let target: unknown;
    let attribute: unknown;
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      target = dot > 0 ? arg.slice(0, dot) : arg;
      attribute = dot > 0 ? arg.slice(dot + 1) : '';
    } else if (Array.isArray(arg) && arg.length === 2) {
      [target, attribute] = arg as [unknown, unknown];
    }
    const attributeText = typeof attribute === 'string' ? attribute : this.text(this.shallow(attribute, where), where);
    if (typeof target !== 'string' || target === '' || attributeText === '') {
      return this.fail(where, 'Template error: every Fn::GetAtt object requires two non-empty parameters, the resource name and the resource attribute');
    }
    if (attributeText instanceof Unresolved) return attributeText;
    if (this.env.resourceState(target) !== 'kept') return new Unresolved(`${target} does not exist`, true);
    if (attributeText.startsWith('Outputs.')) {
      const output = this.env.stackOutput?.(target, attributeText.slice('Outputs.'.length), where);
      if (output !== undefined) return output;
    }
    return new Link(target, attributeText);
  }

  private sub(arg: unknown, where: Where): Value {
    let template: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      template = arg[0];
      if (arg.length !== 2 || !isRecord(arg[1])) template = undefined;
      else variables = arg[1];
    }
    if (typeof template !== 'string') {
      return this.fail(where, "Template error: One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string");
    }
    let out = '';
    for (const part of parseSub(template)) {
      if (part.kind === 'text') {
        out += part.text;
        continue;
      }
      let value: Value | NoValue;
      if (hasOwn(variables, part.full)) value = this.shallow(variables[part.full], { resource: where.resource, path: joinPath(where.path, part.full) });
      else if (part.attribute !== null) value = this.getAtt([part.name, part.attribute], where);
      else value = this.ref(part.name, where);
      const text = this.text(value, where);
      if (text instanceof Unresolved) return text;
      out += text;
    }
    return out;
  }

  private join(arg: unknown, where: Where): Value {
    const usage = 'Template error: every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined.';
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return this.fail(where, usage);
    const items = this.list(this.shallow(arg[1], where), where);
    if (items instanceof Unresolved) return items;
    if (items === null) return this.fail(where, usage);
    const parts: string[] = [];
    for (const item of items) {
      const text = this.text(item, where);
      if (text instanceof Unresolved) return text;
      parts.push(text);
    }
    return parts.join(arg[0]);
  }

  private select(arg: unknown, where: Where): Value {
    const usage = 'Template error: Fn::Select requires a list argument with two elements: an integer index and a list';
    if (!Array.isArray(arg) || arg.length !== 2) return this.fail(where, usage);
    const index = this.text(this.shallow(arg[0], where), where);
    if (index instanceof Unresolved) return index;
    const items = this.list(this.shallow(arg[1], where), where);
    if (items instanceof Unresolved) return items;
    if (items === null || !/^\d+$/.test(index)) return this.fail(where, usage);
    const item = items[Number(index)];
    if (item === undefined) return this.fail(where, `Template error: Fn::Select cannot select nonexistent value at index ${index}`);
    return item;
  }

  private split(arg: unknown, where: Where): Value {
    const usage = 'Template error: every Fn::Split object requires two parameters, (1) a string delimiter and (2) a string to be split or a function that returns a string to be split.';
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || arg[0] === '') return this.fail(where, usage);
    const source = this.text(this.shallow(arg[1], where), where);
    if (source instanceof Unresolved) return source;
    return source.split(arg[0]);
  }

  private fnIf(arg: unknown, where: Where): Value | NoValue {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
      return this.fail(where, 'Template error: Fn::If requires a list argument with three elements: a condition name, the value if true and the value if false');
    }
    const chosen = this.env.condition(arg[0]);
    if (chosen === undefined) return new Unresolved(`condition ${arg[0]} cannot be evaluated`, true);
    return this.shallow(chosen ? arg[1] : arg[2], { resource: where.resource, path: joinPath(where.path, chosen ? 1 : 2) });
  }

  private findInMap(arg: unknown, where: Where): Value | NoValue {
    if (!Array.isArray(arg) || arg.length < 3) {
      return this.fail(where, 'Template error: every Fn::FindInMap object requires three parameters, the map name, map key and the attribute for return value');
    }
    const keys: string[] = [];
    for (const key of arg.slice(0, 3)) {
      const text = this.text(this.shallow(key, where), where);
      if (text instanceof Unresolved) return text;
      keys.push(text);
    }
    const [map = '', top = '', second = ''] = keys;
    const level1 = ownValue(this.env.mappings, map);
    const level2 = isRecord(level1) ? ownValue(level1, top) : undefined;
    const found = isRecord(level2) ? ownValue(level2, second) : undefined;
    if (found === undefined) return this.fail(where, `Template error: Unable to get mapping for ${map}::${top}::${second}`);
    return this.shallow(found, where);
  }
}
