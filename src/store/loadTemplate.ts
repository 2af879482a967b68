import type { ScenarioSpec } from '../engine';
import { LOADER_NOT_READY, loadScenarioLoader, scenarioLoader, type ScenarioLoader } from './scenarioLoader';
import type { LoadError, ScenarioMeta } from './createSimStore';

export type TemplateResult =
  | { readonly ok: true; readonly spec: ScenarioSpec; readonly meta: Partial<ScenarioMeta> }
  | { readonly ok: false; readonly error: LoadError };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the CloudFormation loader on a template (JSON text or an already parsed object) and turns its answer into what the store and the header need. */
export function templateToWorld(input: unknown, source: string): TemplateResult {
  const loader = scenarioLoader();
  if (!loader) return { ok: false, error: { source, messages: [LOADER_NOT_READY] } };
  return templateToWorldWith(loader, input, source);
}

/** The same with a given loader (the build's, which writes the bundled worlds: vite.config.ts). */
export function templateToWorldWith(loader: Pick<ScenarioLoader, 'loadScenario' | 'formatIssue'>, input: unknown, source: string): TemplateResult {
  const { loadScenario, formatIssue } = loader;
  let result: ReturnType<typeof loadScenario>;
  try {
    result = loadScenario(input);
  } catch (error) {
    return { ok: false, error: { source, messages: [errorMessage(error)] } };
  }
  if (!result.ok) {
    const messages = result.errors.map(formatIssue);
    return {
      ok: false,
      error: { source, messages: messages.length > 0 ? messages : ['The scenario could not be loaded.'] },
    };
  }
  return {
    ok: true,
    spec: result.spec,
    meta: { warnings: result.warnings, notSimulated: result.notSimulated, source, defaultTraffic: result.defaultTraffic },
  };
}

/** The same, fetching the loader first if it is not in yet. */
export async function loadTemplateToWorld(input: unknown, source: string): Promise<TemplateResult> {
  await loadScenarioLoader();
  return templateToWorld(input, source);
}
