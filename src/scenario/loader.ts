/**
 * Loads a CloudFormation template into the world a simulation starts from: every problem is collected (never only
 * the first), and a bad file never throws. A single template goes through the bundle's pipeline as a bundle of one
 * lone root (bundle/loadBundle.ts says what "lone" changes).
 */
import type { ScenarioSpec } from '../engine';
import type { ScenarioIssue } from './issues';
import { IssueSink } from './issueSink';
import { loadStacks, type NotSimulatedResource } from './bundle/loadBundle';

export type { NotSimulatedResource } from './bundle/loadBundle';

export interface LoadOptions {
  /** Used for the default stack name (without its extension). */
  readonly fileName?: string;
  readonly stackName?: string;
  /** Parameter values; they win over `Metadata.EcsOrchestra.parameters` and `Default`. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Values given for one stack by name (a parameter file's `Stacks`): this template's by its stack or file name apply. */
  readonly stackParameters?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly spec: ScenarioSpec;
      readonly warnings: ScenarioIssue[];
      readonly notSimulated: NotSimulatedResource[];
      readonly outputs: Record<string, string>;
      /** The template gave no `traffic`, so the spec's is the simulator's default (defaultTraffic.ts). */
      readonly defaultTraffic: boolean;
    }
  | { readonly ok: false; readonly errors: ScenarioIssue[]; readonly warnings: ScenarioIssue[] };

/** JSON or YAML text, or an already parsed template. Never throws: an unexpected failure is reported as an error like any other problem. */
export function loadScenario(input: unknown, options: LoadOptions = {}): LoadResult {
  const sink = new IssueSink();
  try {
    const result = loadStacks([{ name: options.fileName ?? '', input }], {
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(options.stackParameters ? { stackParameters: options.stackParameters } : {}),
      lone: { sink, ...(options.stackName ? { stackName: options.stackName } : {}) },
    });
    if (!result.ok) return result;
    const { spec, warnings, notSimulated, outputs, defaultTraffic } = result;
    return { ok: true, spec, warnings, notSimulated, outputs, defaultTraffic };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sink.error('Template', '', `The scenario could not be loaded: ${message}`);
    return { ok: false, errors: sink.errors, warnings: sink.warnings };
  }
}
