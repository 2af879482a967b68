/**
 * Loads a CloudFormation template into the world a simulation starts from: every problem is collected (never only
 * the first), and a bad file never throws.
 */
import type { ScenarioSpec } from '../engine/spec';
import { LoadContext } from './context';
import { DEFAULT_SEED } from './defaults';
import type { ScenarioIssue } from './issues';
import { IssueSink } from './issueSink';
import { metadataParameters, parseScenarioSettings, toTrafficSpec } from './metadata';
import { scanReferences } from './references';
import { Clusters } from './resources/cluster';
import { parseScript } from './script';
import { readTemplate, parseInput, type Template } from './template';
import { resolveOutputs } from './outputs';
import { buildWorld } from './world';
import { specOfWorld, validateWorld } from './worldSpec';

export { AUTO_SCALING_NOT_SIMULATED } from './world';

export interface LoadOptions {
  /** Used for the default stack name (without its extension). */
  readonly fileName?: string;
  readonly stackName?: string;
  /** Parameter values; they win over `Metadata.EcsOrchestra.parameters` and `Default`. */
  readonly parameters?: Readonly<Record<string, string>>;
}

export interface NotSimulatedResource {
  readonly logicalId: string;
  readonly type: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly spec: ScenarioSpec;
      readonly warnings: ScenarioIssue[];
      readonly notSimulated: NotSimulatedResource[];
      readonly outputs: Record<string, string>;
    }
  | { readonly ok: false; readonly errors: ScenarioIssue[]; readonly warnings: ScenarioIssue[] };

function stackNameOf(options: LoadOptions, written: string | undefined): string {
  if (options.stackName) return options.stackName;
  if (written) return written;
  const base = options.fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '');
  return base || 'scenario';
}

/** A Transform is reported, never expanded. */
export function warnTransform(template: Template, sink: IssueSink): void {
  if (template.transform === undefined) return;
  const names = [template.transform].flat().map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(', ');
  sink.warn('Transform', '', `Transform ${names} is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.`);
}

function load(input: unknown, options: LoadOptions, sink: IssueSink): LoadResult {
  const fail = (): LoadResult => ({ ok: false, errors: sink.errors, warnings: sink.warnings });
  const doc = parseInput(input, sink);
  if (sink.hasErrors) return fail();
  const template = readTemplate(doc, sink);
  if (!template) return fail();
  const parsed = parseScenarioSettings(template.metadata, sink);
  const settings = parsed ?? {};
  const stackName = stackNameOf(options, settings.stackName);
  const ctx = new LoadContext(template, sink, stackName, { metadata: metadataParameters(template.metadata, parsed), options: options.parameters ?? {} });
  warnTransform(template, sink);
  scanReferences({ template, sink, conditions: ctx.conditions, kept: ctx.kept });
  const world = buildWorld([{ ctx, template }], new Clusters(ctx));
  const script = parseScript(settings.script, sink);
  const spec = specOfWorld(world, {
    title: settings.title ?? stackName,
    summary: settings.summary ?? template.description ?? '',
    seed: settings.seed ?? DEFAULT_SEED,
    traffic: toTrafficSpec(settings.traffic),
    deregisteredRevisions: settings.deregisteredRevisions ?? {},
  }, script.entries);
  validateWorld(spec, world, script.writtenIndex, sink);
  const outputs = resolveOutputs(ctx);
  if (sink.hasErrors) return fail();
  const notSimulated = template.resources
    .filter((r) => world.notSimulated.has(r.logicalId))
    .map((r) => ({ logicalId: r.logicalId, type: r.type }));
  return { ok: true, spec, warnings: sink.warnings, notSimulated, outputs };
}

/** Never throws: an unexpected failure is reported as an error like any other problem. */
export function loadScenario(input: unknown, options: LoadOptions = {}): LoadResult {
  const sink = new IssueSink();
  try {
    return load(input, options, sink);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sink.error('Template', '', `The scenario could not be loaded: ${message}`);
    return { ok: false, errors: sink.errors, warnings: sink.warnings };
  }
}
