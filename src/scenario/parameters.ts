/**
 * Template parameters: a value passed in the load options wins, then `Metadata.EcsOrchestra.parameters`, then
 * `Default`. As in CloudFormation every value is a string (lists are comma separated); coercion to numbers happens
 * where a property needs one.
 */
import type { IssueSink } from './issueSink';
import type { Template } from './template';
import { Unresolved, hasOwn, ownValue, type Value } from './values';

export type SuppliedParameters = Readonly<Record<string, string>>;

function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<') || type.includes('<List<');
}

/** AWS-typed parameters (VPC IDs, subnets, SSM paths) only feed resources the simulator does not run. */
function isAwsType(type: string): boolean {
  return type.startsWith('AWS::') || type.startsWith('List<AWS::');
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(',');
  return null;
}

/** CloudFormation's patterns are Java regular expressions; one JavaScript cannot read is not held against the value. */
function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return true;
  }
}

export class Parameters {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly template: Template,
    private readonly sink: IssueSink,
    fromMetadata: SuppliedParameters,
    fromOptions: SuppliedParameters,
  ) {
    this.supply(fromMetadata, 'Metadata.EcsOrchestra', 'parameters');
    this.supply(fromOptions, 'Options', 'parameters');
    for (const [name, definition] of Object.entries(template.parameters)) {
      if (this.values.has(name) || definition.Default === undefined) continue;
      const text = asText(definition.Default);
      if (text === null) sink.error(`Parameters.${name}`, 'Default', 'Template format error: a parameter Default must be a string, a number or a list of strings.');
      else this.values.set(name, text);
    }
    for (const [name, value] of this.values) this.check(name, value);
  }

  has(name: string): boolean {
    return hasOwn(this.template.parameters, name);
  }

  /** The value of a `Ref` to the parameter: a string, or a list for list types. */
  value(name: string): Value {
    const definition = ownValue(this.template.parameters, name) as Readonly<Record<string, unknown>> | undefined;
    if (!definition) return new Unresolved(`parameter ${name} is not defined`, true);
    const type = String(definition.Type);
    const text = this.values.get(name);
    if (text !== undefined) return isListType(type) ? text.split(',').map((item) => item.trim()) : text;
    if (isAwsType(type)) return isListType(type) ? [name] : name;
    if (type === 'String' || isListType(type)) {
      this.sink.warn(`Parameters.${name}`, '', `Parameters: [${name}] must have values; the simulator uses the placeholder "${name}" (give a value in Metadata.EcsOrchestra.parameters).`);
      return isListType(type) ? [name] : name;
    }
    this.sink.error(`Parameters.${name}`, '', `Parameters: [${name}] must have values (give one in Metadata.EcsOrchestra.parameters).`);
    return new Unresolved(`parameter ${name} has no value`, true);
  }

  private supply(values: SuppliedParameters, resource: string, path: string): void {
    const unknown = Object.keys(values).filter((name) => !this.has(name));
    if (unknown.length > 0) this.sink.error(resource, path, `Parameters: [${unknown.join(', ')}] do not exist in the template`);
    for (const [name, value] of Object.entries(values)) {
      if (this.has(name)) this.values.set(name, value);
    }
  }

  /** CloudFormation rejects a stack whose parameter values break their own constraints; so do we. */
  private check(name: string, value: string): void {
    const definition = (ownValue(this.template.parameters, name) ?? {}) as Readonly<Record<string, unknown>>;
    const where = `Parameters.${name}`;
    const type = String(definition.Type);
    const items = isListType(type) ? value.split(',').map((item) => item.trim()) : [value];
    const allowed = Array.isArray(definition.AllowedValues) ? definition.AllowedValues.map((item) => asText(item)) : null;
    for (const item of items) {
      if (allowed && !allowed.includes(item)) this.sink.error(where, 'AllowedValues', `Parameter '${name}' must be one of AllowedValues`);
      if (typeof definition.AllowedPattern === 'string' && !matchesPattern(definition.AllowedPattern, item)) {
        this.sink.error(where, 'AllowedPattern', `Parameter '${name}' must match pattern ${definition.AllowedPattern}`);
      }
      if (type === 'Number' || type === 'List<Number>') {
        const number = Number(item);
        if (item.trim() === '' || !Number.isFinite(number)) {
          this.sink.error(where, '', `Parameter '${name}' must be a number`);
          continue;
        }
        const min = Number(definition.MinValue);
        const max = Number(definition.MaxValue);
        if (definition.MinValue !== undefined && number < min) this.sink.error(where, 'MinValue', `Parameter '${name}' must be a number not less than ${min}`);
        if (definition.MaxValue !== undefined && number > max) this.sink.error(where, 'MaxValue', `Parameter '${name}' must be a number not greater than ${max}`);
      }
      const minLength = Number(definition.MinLength);
      const maxLength = Number(definition.MaxLength);
      if (definition.MinLength !== undefined && item.length < minLength) this.sink.error(where, 'MinLength', `Parameter '${name}' must contain at least ${minLength} characters`);
      if (definition.MaxLength !== undefined && item.length > maxLength) this.sink.error(where, 'MaxLength', `Parameter '${name}' must not contain more than ${maxLength} characters`);
    }
  }
}
