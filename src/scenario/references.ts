/**
 * CloudFormation checks every reference before it creates anything: a `Ref`, `Fn::GetAtt`, `Fn::Sub` variable or
 * `DependsOn` must name something that exists (and is not removed by a false Condition), and resources may not
 * depend on each other in a circle. This scan does the same over the whole template, evaluated or not.
 */
import type { Conditions } from './conditions';
import { intrinsicName } from './intrinsics';
import type { IssueSink } from './issueSink';
import { PSEUDO_PARAMETERS } from './pseudo';
import { SIMULATED_ATTRIBUTES } from './resourceTypes';
import { parseSub } from './sub';
import type { Template, TemplateResource } from './template';
import { hasOwn, isRecord, joinPath } from './values';

export interface ScanEnv {
  readonly template: Template;
  readonly sink: IssueSink;
  readonly conditions: Conditions;
  readonly kept: ReadonlySet<string>;
}

interface Site {
  readonly resource: string;
  readonly path: string;
  /** "Resources" or "Outputs", as CloudFormation's message names the block. */
  readonly block: string;
}

class Scanner {
  readonly edges = new Map<string, Set<string>>();
  private readonly byId: ReadonlyMap<string, TemplateResource>;

  constructor(private readonly env: ScanEnv) {
    this.byId = new Map(env.template.resources.map((r) => [r.logicalId, r]));
  }

  scanResource(resource: TemplateResource): void {
    const site = { resource: resource.logicalId, path: 'Properties', block: 'Resources' };
    this.walk(resource.properties, site, resource.logicalId);
    const transform = this.env.template.transform;
    resource.dependsOn.forEach((name, index) => {
      const path = resource.dependsOn.length === 1 ? 'DependsOn' : `DependsOn[${index}]`;
      // A transform (SAM's AWS::Serverless-2016-10-31) adds resources the template does not spell out, e.g. a function's role.
      if (!this.byId.has(name) && transform !== undefined) {
        const names = [transform].flat().map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(', ');
        this.env.sink.warn(resource.logicalId, path, `DependsOn ${name} names no resource of this template; the Transform ${names} may create it, so the dependency is accepted and the simulator ignores it.`);
        return;
      }
      this.target(name, null, { ...site, path }, resource.logicalId);
    });
  }

  scanOutput(name: string, raw: unknown): void {
    this.walk(raw, { resource: `Outputs.${name}`, path: '', block: 'Outputs' }, null);
  }

  private target(name: string, attribute: string | null, site: Site, from: string | null): void {
    if (attribute === null && (PSEUDO_PARAMETERS.has(name) || hasOwn(this.env.template.parameters, name))) return;
    const unresolved = `Template format error: Unresolved resource dependencies [${name}] in the ${site.block} block of the template`;
    const resource = this.byId.get(name);
    if (!resource) {
      this.env.sink.error(site.resource, site.path, unresolved);
      return;
    }
    if (!this.env.kept.has(name)) {
      this.env.sink.error(site.resource, site.path, `${unresolved} (${name} exists only when its condition ${resource.condition ?? ''} is true)`);
      return;
    }
    const allowed = SIMULATED_ATTRIBUTES[resource.type];
    if (attribute !== null && allowed && !allowed.includes(attribute)) {
      this.env.sink.error(site.resource, site.path, `Template error: resource ${name} does not support attribute type ${attribute} in Fn::GetAtt (${resource.type} has ${allowed.join(', ')})`);
    }
    if (from !== null) {
      const set = this.edges.get(from) ?? new Set<string>();
      set.add(name);
      this.edges.set(from, set);
    }
  }

  private walk(raw: unknown, site: Site, from: string | null): void {
    if (Array.isArray(raw)) {
      raw.forEach((item, index) => this.walk(item, { ...site, path: joinPath(site.path, index) }, from));
      return;
    }
    if (!isRecord(raw)) return;
    const fn = intrinsicName(raw);
    if (fn === null) {
      for (const [key, value] of Object.entries(raw)) this.walk(value, { ...site, path: joinPath(site.path, key) }, from);
      return;
    }
    const arg = raw[fn];
    const at = { ...site, path: joinPath(site.path, fn) };
    if (fn === 'Ref' && typeof arg === 'string') return this.target(arg, null, at, from);
    if (fn === 'Fn::GetAtt') return this.getAtt(arg, at, from);
    if (fn === 'Fn::Sub') return this.sub(arg, at, from);
    if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') return this.fnIf(arg, at, from);
    this.walk(arg, at, from);
  }

  private getAtt(arg: unknown, site: Site, from: string | null): void {
    if (typeof arg === 'string' && arg.includes('.')) {
      const dot = arg.indexOf('.');
      return this.target(arg.slice(0, dot), arg.slice(dot + 1), site, from);
    }
    if (Array.isArray(arg) && typeof arg[0] === 'string') {
      this.target(arg[0], typeof arg[1] === 'string' ? arg[1] : null, site, from);
      this.walk(arg[1], site, from);
    }
  }

  private sub(arg: unknown, site: Site, from: string | null): void {
    const text: unknown = Array.isArray(arg) ? (arg as unknown[])[0] : arg;
    const variables = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {};
    if (typeof text !== 'string') return;
    for (const part of parseSub(text)) {
      if (part.kind === 'variable' && !hasOwn(variables, part.full)) this.target(part.name, part.attribute, site, from);
    }
    this.walk(variables, site, from);
  }

  private fnIf(arg: readonly unknown[], site: Site, from: string | null): void {
    const name = String(arg[0]);
    if (!this.env.conditions.has(name)) {
      this.env.sink.error(site.resource, site.path, `Template error: unresolved condition dependency ${name} in Fn::If`);
    }
    // Only the branch CloudFormation takes must resolve; that is how templates guard optional resources.
    const chosen = this.env.conditions.value(name);
    if (chosen !== false) this.walk(arg[1], { ...site, path: joinPath(site.path, 1) }, from);
    if (chosen !== true) this.walk(arg[2], { ...site, path: joinPath(site.path, 2) }, from);
  }
}

/** Strongly connected components with more than one member (or a self-reference) are CloudFormation's circular dependencies. */
function reportCycles(order: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>, sink: IssueSink): void {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === node) break;
    }
    if (component.length > 1 || edges.get(node)?.has(node)) {
      const members = order.filter((id) => component.includes(id));
      sink.error(members[0] ?? node, '', `Circular dependency between resources: [${members.join(', ')}]`);
    }
  };
  for (const id of order) if (!index.has(id)) visit(id);
}

export function scanReferences(env: ScanEnv): void {
  const scanner = new Scanner(env);
  for (const [name, raw] of Object.entries(env.template.conditions)) {
    checkConditionRefs(name, raw, env);
  }
  const kept = env.template.resources.filter((r) => env.kept.has(r.logicalId));
  for (const resource of kept) scanner.scanResource(resource);
  for (const [name, output] of Object.entries(env.template.outputs)) {
    if (!isRecord(output)) continue;
    if (typeof output.Condition === 'string' && env.conditions.value(output.Condition) === false) continue;
    scanner.scanOutput(name, output);
  }
  reportCycles(kept.map((r) => r.logicalId), scanner.edges, env.sink);
}

/** Conditions may only read parameters (CloudFormation evaluates them before any resource exists). */
function checkConditionRefs(name: string, raw: unknown, env: ScanEnv, path = ''): void {
  if (Array.isArray(raw)) {
    raw.forEach((item, index) => checkConditionRefs(name, item, env, joinPath(path, index)));
    return;
  }
  if (!isRecord(raw)) return;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'Ref' && typeof value === 'string' && !PSEUDO_PARAMETERS.has(value) && !(value in env.template.parameters)) {
      env.sink.error(`Conditions.${name}`, joinPath(path, key), `Template format error: Unresolved dependencies [${value}]. Cannot reference resources in the Conditions block of the template`);
    }
    checkConditionRefs(name, value, env, joinPath(path, key));
  }
}
