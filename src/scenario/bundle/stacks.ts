/**
 * The stacks of a bundle, each read in its own LoadContext (its parameters, conditions and AWS::StackName), and what
 * each sees of the others: exports, nested-stack outputs and resources named by text. A nested stack's context is
 * made on first use, after its parent's, from the parameters the parent passes (evaluated in the parent).
 */
import { LoadContext, type StackLinks } from '../context';
import { Evaluator, type EvalEnv, type Where } from '../intrinsics';
import { IssueSink } from '../issueSink';
import type { SuppliedParameters } from '../parameters';
import type { Template } from '../template';
import { Link, NoValue, Unresolved, hasOwn, isRecord, nameMap, type Value } from '../values';
import { passedParameters } from './templateUrl';
import { LISTENER } from '../resourceTypes';
import type { StackPlan } from './plan';

export interface StackEntry {
  readonly plan: StackPlan;
  readonly template: Template;
  /** Original logical ID → ID in the world, for the IDs that changed. */
  readonly renames: ReadonlyMap<string, string>;
  readonly sink: IssueSink;
  /** The parameter file's values for this stack (a root's, or a nested stack's by name), then Metadata.EcsOrchestra.parameters. */
  readonly supplied: { readonly metadata: SuppliedParameters; readonly options: SuppliedParameters };
}

interface Export {
  readonly name: string;
  /** For a name built from AWS::StackName: matches the name with any stack name in its place. */
  readonly pattern: RegExp | null;
  readonly entry: StackEntry;
  readonly output: string;
}

const STACK_NAME_HOLE = '\u0000stack\u0000';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value that may leave its stack: references become the text AWS would return (an ARN, a name). */
function portable(ctx: LoadContext, value: Value | NoValue, where: Where): Value {
  if (value instanceof NoValue) return '';
  if (value instanceof Link) return ctx.evaluator.text(value, where);
  if (Array.isArray(value)) return (value as readonly Value[]).map((item) => portable(ctx, item, where));
  return value;
}

export class BundleStacks {
  private readonly contexts = new Map<StackEntry, LoadContext | 'creating' | 'skipped'>();
  private readonly exportsOf = new Map<StackEntry, Export[]>();
  /** Export names whose values are being evaluated, outermost first: a name met again closes a cycle. */
  private readonly importing: Export[] = [];
  /** Export name → an outside listener's ARN that stands in for it (see standIns in loadBundle). */
  readonly standIns = new Map<string, { readonly arn: string; readonly id: string }>();
  /** A listener's ARN or name as a parameter gave it → the outside listener that stands in for it. */
  readonly standInTexts = new Map<string, string>();
  outside: LoadContext | null = null;

  /** `crossStack` false: a lone template, whose imports and outputs no other stack here can resolve. */
  constructor(
    readonly entries: readonly StackEntry[],
    private readonly crossStack = true,
  ) {}

  finalId(entry: StackEntry, logicalId: string): string {
    return entry.renames.get(logicalId) ?? logicalId;
  }

  /** The stack's context; null for a nested stack whose Stack resource is left out by its condition (or a cycle). */
  context(entry: StackEntry): LoadContext | null {
    const known = this.contexts.get(entry);
    if (known instanceof LoadContext) return known;
    if (known !== undefined) return null;
    this.contexts.set(entry, 'creating');
    const options = entry.plan.parent ? this.passedDown(entry) : entry.supplied.options;
    if (options === null) {
      this.contexts.set(entry, 'skipped');
      return null;
    }
    const links = this.crossStack ? this.linksFor(entry) : this.loneLinks();
    const ctx = new LoadContext(entry.template, entry.sink, entry.plan.stackName, { metadata: entry.supplied.metadata, options }, links);
    this.contexts.set(entry, ctx);
    return ctx;
  }

  /** The nested stack's parameter values, evaluated in the parent; null when the parent does not create it. */
  private passedDown(entry: StackEntry): SuppliedParameters | null {
    const parentPlan = entry.plan.parent;
    const parent = this.entries.find((e) => e.plan === parentPlan);
    const parentCtx = parent && this.context(parent);
    if (!parent || !parentCtx || entry.plan.parentResource === null) return null;
    const stackId = this.finalId(parent, entry.plan.parentResource);
    if (!parentCtx.resource(stackId) || !parentCtx.kept.has(stackId)) return null;
    const values = passedParameters(parentCtx, stackId, (path, reason) => parentCtx.sink.warn(stackId, path, `${reason}; the nested stack uses the parameter's Default.`));
    // Values a parameter file gives this stack by name win over what its parent passes.
    return nameMap([...Object.entries(values), ...Object.entries(entry.supplied.options)]);
  }

  private exports(entry: StackEntry): Export[] {
    const cached = this.exportsOf.get(entry);
    if (cached) return cached;
    const ctx = this.context(entry);
    if (!ctx) return [];
    // An export name that imports (from this stack or back through another) sees this stack's exports as none yet.
    this.exportsOf.set(entry, []);
    const holeEnv: EvalEnv = {
      sink: new IssueSink(), stackName: STACK_NAME_HOLE, mappings: ctx.mappings,
      parameter: (name) => ctx.parameter(name), condition: (name) => ctx.condition(name),
      resourceState: (id) => ctx.resourceState(id), linkText: (link) => ctx.linkText(link),
    };
    const withHole = new Evaluator(holeEnv);
    const found: Export[] = [];
    for (const [output, raw] of Object.entries(entry.template.outputs)) {
      if (!isRecord(raw) || !isRecord(raw.Export) || !('Name' in raw.Export)) continue;
      if (typeof raw.Condition === 'string' && ctx.conditions.value(raw.Condition) !== true) continue;
      const where = { resource: `Outputs.${output}`, path: 'Export.Name' };
      const name = ctx.evaluator.text(ctx.evaluator.shallow(raw.Export.Name, where), where);
      if (name instanceof Unresolved) continue;
      const holed = withHole.text(withHole.shallow(raw.Export.Name, where), where);
      const pattern = typeof holed === 'string' && holed.includes(STACK_NAME_HOLE)
        ? new RegExp(`^${holed.split(STACK_NAME_HOLE).map(escapeRegExp).join('(.+)')}$`)
        : null;
      found.push({ name, pattern, entry, output });
    }
    this.exportsOf.set(entry, found);
    return found;
  }

  /**
   * Exact names first; then names built from AWS::StackName, with the stack name the importer assumed. A stack never
   * imports its own export by such a pattern: `${AWS::StackName}-VpcId` importing `${ParentStack}-VpcId` names
   * another stack's export, not itself.
   */
  findExport(name: string, asker: StackEntry | null = null): { readonly found: Export; readonly assumed: string | null } | null {
    const all = this.entries.flatMap((entry) => this.exports(entry));
    const exact = all.find((e) => e.name === name);
    if (exact) return { found: exact, assumed: null };
    for (const candidate of all) {
      if (candidate.entry === asker) continue;
      const match = candidate.pattern?.exec(name);
      if (match) return { found: candidate, assumed: match[1] ?? '' };
    }
    return null;
  }

  private outputValue(entry: StackEntry, output: string): Value {
    const ctx = this.context(entry);
    const raw = entry.template.outputs[output];
    if (!ctx || !isRecord(raw)) return new Unresolved(`stack ${entry.plan.stackName} has no output ${output}`, false);
    const where = { resource: `Outputs.${output}`, path: 'Value' };
    return portable(ctx, ctx.evaluator.shallow(raw.Value, where), where);
  }

  private importValue(asker: StackEntry, name: string, where: Where): Value {
    const hit = this.findExport(name, asker);
    if (hit) {
      const { found, assumed } = hit;
      if (assumed !== null) {
        asker.sink.warn(where.resource, where.path, `Fn::ImportValue "${name}" is taken to be export "${found.name}" of ${found.entry.plan.file.name} (Outputs.${found.output}), whose name is built from AWS::StackName: the simulator assumes that stack is named "${assumed}".`);
      }
      const seen = this.importing.findIndex((e) => e.name === found.name);
      if (seen >= 0) {
        const cycle = [...this.importing.slice(seen), found].map((e) => `"${e.name}" (${e.entry.plan.file.name} Outputs.${e.output})`).join(' → ');
        asker.sink.error(where.resource, where.path, `Fn::ImportValue "${name}" is part of a cycle of exports: ${cycle}. Each export's value imports the next, so none of them has a value.`);
        return new Unresolved(`export "${found.name}" imports itself through ${cycle}`, true, name);
      }
      this.importing.push(found);
      try {
        return this.outputValue(found.entry, found.output);
      } finally {
        this.importing.pop();
      }
    }
    const standIn = this.standIns.get(name);
    if (standIn) {
      asker.sink.warn(where.resource, where.path, `Fn::ImportValue "${name}" is exported by no template in this scenario; the simulator stands in an outside listener on port 80 that answers 404 (${standIn.id}).`);
      return standIn.arn;
    }
    return new Unresolved(`Fn::ImportValue "${name}" is exported by no template in this scenario`, false, name);
  }

  private stackOutput(asker: StackEntry, stackId: string, output: string, where: Where): Value | undefined {
    const child = this.entries.find((e) => e.plan.parent === asker.plan && e.plan.parentResource !== null && this.finalId(asker, e.plan.parentResource) === stackId);
    if (!child) return undefined;
    if (!hasOwn(child.template.outputs, output)) {
      asker.sink.error(where.resource, where.path, `Template error: nested stack ${stackId} (${child.plan.file.name}) has no output ${output}`);
      return new Unresolved(`nested stack ${stackId} has no output ${output}`, true);
    }
    return this.outputValue(child, output);
  }

  /** A lone template sees no other stack, only the stand-ins for listeners it names by text. */
  private loneLinks(): StackLinks {
    return {
      importValue: () => undefined,
      stackOutput: () => undefined,
      findByText: (text, types) => (types.includes(LISTENER) ? this.standInTexts.get(text) : undefined),
    };
  }

  private linksFor(asker: StackEntry): StackLinks {
    return {
      importValue: (name, where) => this.importValue(asker, name, where),
      stackOutput: (stackId, output, where) => this.stackOutput(asker, stackId, output, where),
      findByText: (text, types) => {
        for (const entry of this.entries) {
          const ctx = this.contexts.get(entry);
          const id = entry !== asker && ctx instanceof LoadContext ? ctx.findOwn(text, types) : undefined;
          if (id !== undefined) return id;
        }
        return (types.includes(LISTENER) ? this.standInTexts.get(text) : undefined) ?? this.outside?.findOwn(text, types);
      },
    };
  }
}
