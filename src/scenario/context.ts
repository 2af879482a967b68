/**
 * Everything a resource builder needs while it reads the template: the evaluator, names, parameters, conditions
 * and the issue list, wired once per load.
 */
import { Conditions } from './conditions';
import { Evaluator, type EvalEnv, type Where } from './intrinsics';
import type { IssueSink } from './issueSink';
import { Naming } from './naming';
import { Parameters, type SuppliedParameters } from './parameters';
import { TASK_DEFINITION_DEFAULTS } from './defaults';
import { parseTaskRevision } from './metadata';
import { ARN_ATTRIBUTES, SIMULATED_ATTRIBUTES, TASK_DEFINITION } from './resourceTypes';
import type { Template, TemplateResource } from './template';
import type { Link, Unresolved, Value } from './values';

/** What a stack of a bundle sees of the other stacks; IDs are unique across the bundle. */
export interface StackLinks {
  importValue(name: string, where: Where): Value | undefined;
  stackOutput(stackId: string, output: string, where: Where): Value | undefined;
  /** A kept resource of another stack that a literal names (its Ref value, an ARN or its name). */
  findByText(text: string, types: readonly string[]): string | undefined;
}

/**
 * What an ELB or ECS ARN names, without its account, Region and IDs: `cluster/<name>`, `targetgroup/<name>`, and a
 * listener by its load balancer, `listener/app/<load balancer name>`. Null for anything else.
 */
export function arnResourceName(text: string): string | null {
  const match = /^arn:aws[a-z-]*:(ecs|elasticloadbalancing):[^:]*:[^:]*:(cluster\/[^/]+$|targetgroup\/[^/]+|listener\/app\/[^/]+)/.exec(text);
  return match?.[2] ?? null;
}

export class LoadContext implements EvalEnv {
  readonly evaluator: Evaluator;
  readonly conditions: Conditions;
  readonly parameters: Parameters;
  readonly naming: Naming;
  private keptSet: ReadonlySet<string> | null = null;
  private readonly byId: ReadonlyMap<string, TemplateResource>;

  constructor(
    readonly template: Template,
    readonly sink: IssueSink,
    readonly stackName: string,
    supplied: { readonly metadata: SuppliedParameters; readonly options: SuppliedParameters },
    private readonly links: StackLinks | null = null,
  ) {
    this.byId = new Map(template.resources.map((r) => [r.logicalId, r]));
    this.parameters = new Parameters(template, sink, supplied.metadata, supplied.options);
    this.evaluator = new Evaluator(this);
    this.conditions = new Conditions(template.conditions, sink, () => this.evaluator);
    this.naming = new Naming({ resource: (id) => this.byId.get(id), stackName, evaluator: () => this.evaluator });
    this.keptSet = this.computeKept();
  }

  /** Logical IDs of the resources that exist in this stack (no Condition, or a true one). */
  get kept(): ReadonlySet<string> {
    return this.keptSet ?? new Set();
  }

  get mappings(): Readonly<Record<string, unknown>> {
    return this.template.mappings;
  }

  resource(logicalId: string): TemplateResource | undefined {
    return this.byId.get(logicalId);
  }

  private computeKept(): ReadonlySet<string> {
    const kept = new Set<string>();
    for (const resource of this.template.resources) {
      if (resource.condition === null) {
        kept.add(resource.logicalId);
        continue;
      }
      if (!this.conditions.has(resource.condition)) {
        this.sink.error(resource.logicalId, 'Condition', `Template format error: Unresolved condition dependencies [${resource.condition}] in the Resources block of the template`);
        continue;
      }
      const value = this.conditions.value(resource.condition);
      if (value === undefined) this.sink.warn(resource.logicalId, 'Condition', `Condition ${resource.condition} cannot be evaluated; the resource is left out.`);
      if (value === true) kept.add(resource.logicalId);
    }
    return kept;
  }

  parameter(name: string): Value | undefined {
    return this.parameters.has(name) ? this.parameters.value(name) : undefined;
  }

  condition(name: string): boolean | undefined {
    return this.conditions.value(name);
  }

  resourceState(logicalId: string): 'kept' | 'removed' | 'missing' {
    if (!this.byId.has(logicalId)) return 'missing';
    return this.kept.has(logicalId) ? 'kept' : 'removed';
  }

  /** The kept resource of one of `types` that a literal string names, here or (in a bundle) in another stack. */
  findByText(text: string, types: readonly string[]): string | undefined {
    return this.findOwn(text, types) ?? this.links?.findByText(text, types);
  }

  importValue(name: string, where: Where): Value | undefined {
    return this.links?.importValue(name, where);
  }

  stackOutput(stackId: string, output: string, where: Where): Value | undefined {
    return this.links?.stackOutput(stackId, output, where);
  }

  /**
   * The kept resource of this stack of one of `types` that a literal string names (its Ref value, an ARN or its name);
   * failing that, one whose ARN names the same thing in another account or Region (a pipeline passes the real ARN of a
   * listener, target group or cluster, which this account's names cannot equal).
   */
  findOwn(text: string, types: readonly string[]): string | undefined {
    if (types.includes(TASK_DEFINITION)) {
      const revision = this.findRevision(text);
      if (revision !== undefined) return revision;
    }
    return this.findExact(text, types) ?? this.findByArnName(text, types);
  }

  /**
   * A task definition named as ECS reads it: `family:revision` (or its ARN) is that revision; a family alone (or an
   * ARN without a revision) is the family's latest ACTIVE revision, and every revision a template defines is ACTIVE.
   */
  private findRevision(text: string): string | undefined {
    const match = /^(?:arn:aws[a-z-]*:ecs:[^:]*:[^:]*:task-definition\/)?([A-Za-z0-9_-]+)(?::(\d+))?$/.exec(text);
    if (!match) return undefined;
    const [, family, revision] = match;
    let best: { id: string; revision: number } | undefined;
    for (const resource of this.template.resources) {
      if (resource.type !== TASK_DEFINITION || !this.kept.has(resource.logicalId) || this.naming.name(resource.logicalId) !== family) continue;
      const own = parseTaskRevision(resource.metadata) ?? TASK_DEFINITION_DEFAULTS.revision;
      if (revision !== undefined ? own === Number(revision) : best === undefined || own > best.revision) best = { id: resource.logicalId, revision: own };
    }
    return best?.id;
  }

  private findByArnName(text: string, types: readonly string[]): string | undefined {
    const wanted = arnResourceName(text);
    if (wanted === null) return undefined;
    for (const resource of this.template.resources) {
      if (!this.kept.has(resource.logicalId) || !types.includes(resource.type)) continue;
      const own = this.naming.refText(resource.logicalId);
      const arn = typeof own === 'string' && own.startsWith('arn:') ? own : this.naming.attributeText(resource.logicalId, 'Arn');
      if (typeof arn === 'string' && arnResourceName(arn) === wanted) return resource.logicalId;
    }
    return undefined;
  }

  private findExact(text: string, types: readonly string[]): string | undefined {
    for (const resource of this.template.resources) {
      const id = resource.logicalId;
      if (!this.kept.has(id) || !types.includes(resource.type)) continue;
      const name = this.naming.name(id);
      const candidates: unknown[] = [this.naming.refText(id), name, `${name}:1`];
      for (const attribute of SIMULATED_ATTRIBUTES[resource.type] ?? []) {
        if (ARN_ATTRIBUTES.has(attribute)) candidates.push(this.naming.attributeText(id, attribute));
      }
      if (candidates.includes(text)) return id;
    }
    return undefined;
  }

  linkText(link: Link): string | readonly string[] | Unresolved {
    return this.naming.linkText(link);
  }
}
