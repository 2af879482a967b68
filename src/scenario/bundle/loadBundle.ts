/**
 * The loader's one pipeline: a scenario made of CloudFormation templates (JSON or YAML), as real projects split
 * them: roots joined by Export / Fn::ImportValue, and nested stacks (AWS::CloudFormation::Stack) joined by
 * parameters and outputs. A single template (loadScenario) is the case of one root, read as a lone stack.
 *
 *   loadBundle(files: readonly { name: string; text: string }[],
 *              options?: { parameters?: Record<string, string>; parameterWarningsFor?: string }): BundleResult
 *
 * `parameters` (e.g. from parseParameterFile) go to every root template that declares the key, before
 * `Metadata.EcsOrchestra.parameters` and `Default`; a key no root declares is a warning, named after
 * `parameterWarningsFor` (the parameter file's name). On success the result also has `renames` (new logical ID →
 * where it came from, for IDs two stacks share) and `stacks` (stack name → file). Every issue carries its `file`.
 * Each stack is read in its own context, then all are built into one world and checked as one. Never throws.
 */
import type { ScenarioSpec } from '../../engine';
import { DEFAULT_SEED } from '../defaults';
import { defaultTraffic } from '../defaultTraffic';
import type { ScenarioIssue } from '../issues';
import { IssueSink } from '../issueSink';
import { metadataParameters, parseScenarioSettings, toTrafficSpec, type ScenarioSettings } from '../metadata';
import { resolveOutputs } from '../outputs';
import { scanReferences } from '../references';
import { Clusters } from '../resources/cluster';
import { parseInput, readTemplate, type Template } from '../template';
import { hasOwn, isRecord, nameMap } from '../values';
import { buildWorld, type StackUnit } from '../world';
import { specOfWorld, validateWorld } from '../worldSpec';
import { bundleIssues } from './attribution';
import { baseName, nestingRing, planStacks, rootPlan, type ParsedFile, type StackPlan } from './plan';
import { planRenames, renameTemplate } from './rename';
import { mergeScripts, mergeSettings, type RootSettings } from './settings';
import { BundleStacks, type StackEntry } from './stacks';
import { addStandIns } from './standIns';

export interface BundleFile {
  readonly name: string;
  readonly text: string;
}

export interface BundleOptions {
  readonly parameters?: Readonly<Record<string, string>>;
  /** Values for one stack each, by stack name or file name (a parameter file's `Stacks`); they win over `parameters` and what a parent passes. */
  readonly stackParameters?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** File the parameter values came from, named in issues about them. */
  readonly parameterWarningsFor?: string;
}

export interface RenamedResource {
  readonly stack: string;
  readonly logicalId: string;
  readonly file: string;
}

export interface NotSimulatedResource {
  readonly logicalId: string;
  readonly type: string;
}

export type BundleResult =
  | {
      readonly ok: true;
      readonly spec: ScenarioSpec;
      readonly warnings: ScenarioIssue[];
      readonly notSimulated: NotSimulatedResource[];
      readonly outputs: Record<string, string>;
      readonly renames: Record<string, RenamedResource>;
      readonly stacks: Record<string, string>;
      /** The template gave no `traffic`, so the spec's is the simulator's default (defaultTraffic.ts). */
      readonly defaultTraffic: boolean;
    }
  | { readonly ok: false; readonly errors: ScenarioIssue[]; readonly warnings: ScenarioIssue[] };

/** One file of a scenario: its name and its text (a lone template may also come already parsed). */
export interface StackSource {
  readonly name: string;
  readonly input: unknown;
}

/**
 * A single template read on its own, as CloudFormation reads one stack that is not part of the files given: its
 * Stack resources and imports name stacks outside (not simulated, unresolved: no stand-ins), its parameter values are
 * all its own (a key it does not declare is an error, as in CreateStack), and every issue, in the order found, is
 * about the one file, so none names it.
 */
export interface LoneTemplate {
  /** Overrides `Metadata.EcsOrchestra.stackName` and the file name. */
  readonly stackName?: string;
  /** Where every issue goes. */
  readonly sink: IssueSink;
}

export interface PipelineOptions extends BundleOptions {
  readonly lone?: LoneTemplate;
}

const EMPTY_TEMPLATE: Template = { description: null, metadata: {}, parameters: {}, conditions: {}, mappings: {}, resources: [], outputs: {}, transform: undefined };

/** A Transform is reported, never expanded. */
function warnTransform(template: Template, sink: IssueSink): void {
  if (template.transform === undefined) return;
  const names = [template.transform].flat().map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(', ');
  sink.warn('Transform', '', `Transform ${names} is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.`);
}

/** The scoped values of a stack: those given by its stack name, then by its file name (as given, or its base name). */
function scopedValues(options: PipelineOptions, stackName: string, fileName: string): { scope: string; values: Readonly<Record<string, string>> }[] {
  const scoped = options.stackParameters ?? {};
  return [stackName, fileName, baseName(fileName)].filter((scope, i, all) => hasOwn(scoped, scope) && all.indexOf(scope) === i)
    .map((scope) => ({ scope, values: scoped[scope] ?? {} }));
}

function declares(doc: Record<string, unknown> | null, key: string): boolean {
  return doc !== null && isRecord(doc.Parameters) && hasOwn(doc.Parameters, key);
}

/**
 * What the parameter files give one stack: to a root, the values for every stack whose key it declares; to any stack,
 * the values given for it by name (a key it does not declare is a warning). A lone template takes all as its own.
 */
function suppliedFor(file: ParsedFile, stackName: string, options: PipelineOptions, root: boolean, onUnknown?: (scope: string, key: string) => void): Record<string, string> {
  const supplied = nameMap<string>();
  if (options.lone || root) {
    for (const [key, value] of Object.entries(options.parameters ?? {})) if (options.lone || declares(file.doc, key)) supplied[key] = value;
  }
  for (const { scope, values } of scopedValues(options, stackName, file.name)) {
    for (const [key, value] of Object.entries(values)) {
      if (declares(file.doc, key)) supplied[key] = value;
      else onUnknown?.(scope, key);
    }
  }
  return supplied;
}

function plansOf(files: readonly ParsedFile[], options: PipelineOptions): StackPlan[] {
  const lone = options.lone;
  const plans = lone ? files.map((file) => rootPlan(file, lone.stackName)) : planStacks(files, (file, stackName, passed) => {
    const own = suppliedFor(file, stackName, options, passed === null);
    return nameMap([...Object.entries(passed ?? {}), ...Object.entries(own)]);
  });
  return plans.filter((plan) => plan.file.doc !== null);
}

function makeEntries(files: readonly ParsedFile[], options: PipelineOptions, sinkFor: () => IssueSink, globalSink: IssueSink): { entries: StackEntry[]; settings: Map<StackEntry, ScenarioSettings | null> } {
  const plans = plansOf(files, options);
  const renames = planRenames(plans.map((plan) => ({
    stackName: plan.stackName,
    ids: isRecord(plan.file.doc?.Resources) ? Object.keys(plan.file.doc.Resources) : [],
  })));
  const given = options.parameters ?? {};
  const entries: StackEntry[] = [];
  const settings = new Map<StackEntry, ScenarioSettings | null>();
  plans.forEach((plan, index) => {
    const sink = sinkFor();
    const map = renames[index] ?? new Map<string, string>();
    const template = readTemplate(renameTemplate(plan.file.doc ?? {}, map), sink);
    if (!template) {
      entries.push({ plan, template: EMPTY_TEMPLATE, renames: map, sink, supplied: { metadata: {}, options: {} } });
      return;
    }
    const parsed = parseScenarioSettings(template.metadata, sink);
    const supplied = suppliedFor(plan.file, plan.stackName, options, plan.parent === null, (scope, key) =>
      globalSink.warn('Parameters', key, `Parameter ${key} is given for ${scope}, whose template does not declare it; its value is not used.`));
    const entry: StackEntry = { plan, template, renames: map, sink, supplied: { metadata: metadataParameters(template.metadata, parsed), options: supplied } };
    settings.set(entry, parsed);
    entries.push(entry);
  });
  if (!options.lone) {
    for (const key of Object.keys(given)) {
      if (!plans.some((plan) => plan.parent === null && declares(plan.file.doc, key))) globalSink.warn('Parameters', key, `Parameter ${key} is declared by no root template of this scenario; its value is not used.`);
    }
    for (const scope of Object.keys(options.stackParameters ?? {})) {
      if (!plans.some((plan) => scopedValues({ stackParameters: { [scope]: {} } }, plan.stackName, plan.file.name).length > 0)) {
        globalSink.warn('Parameters', scope, `Parameters are given for ${scope}, which is no stack or file of this scenario; they are not used.`);
      }
    }
  }
  return { entries, settings };
}

/** The pipeline; throws only on an unexpected failure (the entry points report it). */
export function loadStacks(sources: readonly StackSource[], options: PipelineOptions): BundleResult {
  const lone = options.lone;
  // A lone template's issues all go to one list in the order found; a bundle's are kept per file, stack and world.
  const sinkFor = (): IssueSink => lone?.sink ?? new IssueSink();
  const parsed: ParsedFile[] = sources.map((source) => {
    const sink = sinkFor();
    const doc = parseInput(source.input, sink);
    if (!sink.hasErrors && !isRecord(doc)) sink.error('Template', '', 'Template format error: a template must be a JSON object with a Resources section.');
    return { name: source.name, doc: isRecord(doc) && !sink.hasErrors ? doc : null, sink };
  });
  const paramSink = sinkFor();
  const { entries, settings } = makeEntries(parsed, options, sinkFor, paramSink);
  const stacks = new BundleStacks(entries, !lone);
  const units: StackUnit[] = [];
  const roots: RootSettings[] = [];
  for (const entry of entries) {
    // A file whose template could not be read at all has nothing to build.
    const ctx = entry.template === EMPTY_TEMPLATE ? null : stacks.context(entry);
    if (!ctx) continue;
    warnTransform(entry.template, entry.sink);
    scanReferences({ template: entry.template, sink: entry.sink, conditions: ctx.conditions, kept: ctx.kept });
    const handledIds = new Set(entries.filter((e) => e.plan.parent === entry.plan && e.plan.parentResource !== null)
      .map((e) => stacks.finalId(entry, e.plan.parentResource ?? '')));
    units.push({ ctx, template: entry.template, handledIds });
    const rootSettings = settings.get(entry);
    if (entry.plan.parent === null && rootSettings) roots.push({ file: entry.plan.file.name, sink: entry.sink, settings: rootSettings, renames: entry.renames });
  }
  const taken = (id: string): boolean => units.some((unit) => unit.ctx.resource(id) !== undefined);
  const outside = addStandIns(stacks, taken, !lone);
  if (outside) units.push(outside);
  const first = units[0];
  const merged = mergeSettings(roots);
  const worldSink = sinkFor();
  let spec: ScenarioSpec | null = null;
  const trafficGiven = merged.settings.traffic !== undefined;
  let script = mergeScripts([]);
  const notSimulated: NotSimulatedResource[] = [];
  const outputs = nameMap<string>();
  if (first) {
    const world = buildWorld(units, new Clusters(first.ctx, (id) => taken(id) || (outside?.ctx.resource(id) !== undefined)));
    script = mergeScripts(roots);
    const firstRoot = entries.find((e) => e.plan.parent === null && units.some((u) => u.template === e.template));
    spec = specOfWorld(world, {
      title: merged.settings.title ?? firstRoot?.plan.stackName ?? 'scenario',
      summary: merged.settings.summary ?? firstRoot?.template.description ?? '',
      seed: merged.settings.seed ?? DEFAULT_SEED,
      start: merged.settings.start ?? 'cold',
      traffic: toTrafficSpec(merged.settings.traffic),
      deregisteredRevisions: merged.settings.deregisteredRevisions ?? {},
    }, script.script);
    // The default reads the rules' priorities, which the spec has settled.
    if (!trafficGiven) spec = { ...spec, traffic: defaultTraffic(spec) };
    // A bundle's issues about script entries are moved to their file afterwards (worldIssues); a lone template's say at once where each was written.
    validateWorld(spec, world, script.scriptOrigin.map((origin, i) => (lone ? origin.index : i)), worldSink);
    for (const unit of units) {
      notSimulated.push(...unit.template.resources.filter((r) => world.notSimulated.has(r.logicalId)).map((r) => ({ logicalId: r.logicalId, type: r.type })));
    }
    const rootOutputs = entries.filter((e) => e.plan.parent === null).flatMap((entry) => {
      const ctx = stacks.context(entry);
      return ctx ? Object.entries(resolveOutputs(ctx)).map(([name, value]) => ({ name, value, stack: entry.plan.stackName })) : [];
    });
    for (const { name, value, stack } of rootOutputs) {
      // Outputs two roots both define are told apart by their stack name.
      const shared = rootOutputs.filter((o) => o.name === name).length > 1;
      outputs[shared ? `${stack}.${name}` : name] = value;
    }
  } else if (parsed.every((file) => !file.sink.hasErrors)) {
    const ring = nestingRing(parsed);
    if (ring) {
      const names = ring.map((file) => file.name);
      const first = ring[0];
      first?.sink.error('Template', '', `${[...new Set(names)].join(' and ')} nest each other (${names.join(' → ')}): every file is another's nested stack (AWS::CloudFormation::Stack), so none is a root stack to start from.`);
    } else {
      worldSink.error('Template', '', 'No template to load: give at least one file with a Resources section.');
    }
  }
  const { errors, warnings } = lone ? { errors: lone.sink.errors, warnings: lone.sink.warnings } : bundleIssues(parsed, paramSink, entries, worldSink, { ...merged, ...script }, options.parameterWarningsFor);
  if (errors.length > 0 || spec === null) return { ok: false, errors, warnings };
  const renames = nameMap<RenamedResource>();
  const stackFiles = nameMap<string>();
  for (const entry of entries) {
    stackFiles[entry.plan.stackName] = entry.plan.file.name;
    for (const [logicalId, id] of entry.renames) renames[id] = { stack: entry.plan.stackName, logicalId, file: entry.plan.file.name };
  }
  return { ok: true, spec, warnings, notSimulated, outputs, renames, stacks: stackFiles, defaultTraffic: !trafficGiven && spec.traffic !== null };
}

/** Never throws: an unexpected failure is reported as an error like any other problem. */
export function loadBundle(files: readonly BundleFile[], options: BundleOptions = {}): BundleResult {
  try {
    return loadStacks(files.map((file) => ({ name: file.name, input: file.text })), options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ severity: 'error', resource: 'Template', path: '', message: `The scenario could not be loaded: ${message}` }], warnings: [] };
  }
}
