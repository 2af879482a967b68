/**
 * Turns the input into a checked template outline: sections, and resources in the order written. Everything inside
 * them stays raw here; values are evaluated later, and only where the simulation needs them.
 */
import type { IssueSink } from './issueSink';
import { LIMITS } from '../engine';
import { documentProblem } from './documentLimits';
import { isRecord, nameMap } from './values';
import { parseTemplateText } from './yaml/templateText';

export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  /** Raw `Properties` (may hold intrinsics); undefined when absent. */
  readonly properties: unknown;
  readonly condition: string | null;
  readonly dependsOn: readonly string[];
  readonly metadata: unknown;
}

export interface Template {
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly parameters: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly resources: readonly TemplateResource[];
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly transform: unknown;
}

const SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions',
  'Transform', 'Resources', 'Outputs', 'Hooks',
]);
const RESOURCE_ATTRIBUTES = new Set([
  'Type', 'Properties', 'Condition', 'DependsOn', 'Metadata', 'DeletionPolicy', 'UpdatePolicy', 'CreationPolicy',
  'UpdateReplacePolicy', 'Version',
]);

/** JSON or YAML text (or an already parsed value) to a JSON value; syntax errors carry line and column. */
export function parseInput(input: unknown, sink: IssueSink): unknown {
  if (typeof input === 'string') return parseTemplateText(input, sink);
  // An object from elsewhere (a session, a test) is walked recursively by the loader like any parsed text.
  const problem = documentProblem(input, false);
  if (problem) sink.error(problem.resource, problem.path, problem.message);
  return input;
}

function section(doc: Record<string, unknown>, name: string, sink: IssueSink): Record<string, unknown> {
  const value = doc[name];
  if (value === undefined || value === null) return nameMap();
  // Names in these sections are the author's (a condition called "toString"): own keys only, see nameMap.
  if (isRecord(value)) return nameMap(Object.entries(value));
  sink.error(name, '', `Template format error: ${name} must be a JSON object`);
  return nameMap();
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value;
  return null;
}

function readResource(logicalId: string, raw: unknown, sink: IssueSink): TemplateResource | null {
  if (!isRecord(raw) || typeof raw.Type !== 'string' || raw.Type === '') {
    sink.error(logicalId, 'Type', `Template format error: [/Resources/${logicalId}] Every Resources object must contain a Type member.`);
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!RESOURCE_ATTRIBUTES.has(key)) sink.warn(logicalId, key, `Invalid template resource property '${key}'; the simulator ignores it.`);
  }
  let condition: string | null = null;
  if (raw.Condition !== undefined) {
    if (typeof raw.Condition === 'string') condition = raw.Condition;
    else sink.error(logicalId, 'Condition', 'Template format error: a resource Condition must be the name of a condition (a string).');
  }
  let dependsOn: string[] = [];
  if (raw.DependsOn !== undefined) {
    const list = stringList(raw.DependsOn);
    if (list) dependsOn = list;
    else sink.error(logicalId, 'DependsOn', 'Template format error: DependsOn must be a string or a list of strings.');
  }
  if (raw.Properties !== undefined && !isRecord(raw.Properties)) {
    sink.error(logicalId, 'Properties', 'Template format error: Properties must be a JSON object.');
  }
  return { logicalId, type: raw.Type, properties: raw.Properties, condition, dependsOn, metadata: raw.Metadata };
}

/** Checks the outline; returns null when the document is not a template at all. */
export function readTemplate(doc: unknown, sink: IssueSink): Template | null {
  if (!isRecord(doc)) {
    sink.error('Template', '', 'Template format error: a template must be a JSON object with a Resources section.');
    return null;
  }
  for (const key of Object.keys(doc)) {
    if (!SECTIONS.has(key)) sink.warn('Template', key, `Template format error: Invalid template property or properties [${key}]; the simulator ignores it.`);
  }
  const rawResources = doc.Resources;
  if (!isRecord(rawResources) || Object.keys(rawResources).length === 0) {
    sink.error('Resources', '', 'Template format error: At least one Resources member must be defined.');
    return null;
  }
  const count = Object.keys(rawResources).length;
  if (count > LIMITS.resourcesPerTemplate.value) {
    // CloudFormation's own words; nothing of a template that large is read.
    sink.error('Resources', '', `Template format error: Number of resources, ${count}, is greater than maximum allowed, ${LIMITS.resourcesPerTemplate.value}`);
    return null;
  }
  const resources: TemplateResource[] = [];
  for (const [logicalId, raw] of Object.entries(rawResources)) {
    if (!/^[A-Za-z0-9]+$/.test(logicalId)) {
      sink.error(logicalId, '', `Template format error: Resource name ${logicalId} is non alphanumeric.`);
    }
    const resource = readResource(logicalId, raw, sink);
    if (resource) resources.push(resource);
  }
  const parameters = nameMap<Record<string, unknown>>();
  for (const [name, raw] of Object.entries(section(doc, 'Parameters', sink))) {
    if (!isRecord(raw) || typeof raw.Type !== 'string') {
      sink.error(`Parameters.${name}`, 'Type', 'Template format error: Every Parameters object must contain a Type member.');
      continue;
    }
    parameters[name] = raw;
  }
  return {
    description: typeof doc.Description === 'string' ? doc.Description : null,
    metadata: section(doc, 'Metadata', sink),
    parameters,
    conditions: section(doc, 'Conditions', sink),
    mappings: section(doc, 'Mappings', sink),
    resources,
    outputs: section(doc, 'Outputs', sink),
    transform: doc.Transform,
  };
}
