/**
 * The CloudFormation loader (src/scenario), fetched on demand: the first frame opens a world the build has already
 * loaded (a bundled scenario's `.world.json`), so the loader and its schemas are not on its path. The page loads it
 * right after the first frame (`preloadScenarioLoader`); whatever turns a template into a world or checks an edit
 * awaits `loadScenarioLoader()` first, and the synchronous parts (`templateToWorld`, `checkCommands`) say so if it is
 * not in yet instead of throwing.
 */
import type { formatIssue, isYamlText, loadScenario, loadYamlSupport, validateEdit } from '../scenario';

export interface ScenarioLoader {
  readonly loadScenario: typeof loadScenario;
  readonly formatIssue: typeof formatIssue;
  readonly validateEdit: typeof validateEdit;
  readonly isYamlText: typeof isYamlText;
  readonly loadYamlSupport: typeof loadYamlSupport;
}

let loaded: ScenarioLoader | null = null;
let loading: Promise<ScenarioLoader> | null = null;

export const LOADER_NOT_READY = 'The scenario loader is still loading; try again in a moment.';

export function loadScenarioLoader(): Promise<ScenarioLoader> {
  loading ??= import('./loaderModule').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The loader if it is in, else null. */
export function scenarioLoader(): ScenarioLoader | null {
  return loaded;
}

/**
 * Fetches the loader a little after the first frame (two seconds, then when the page is idle), so it is in before
 * anyone can reach for a template or an edit, without competing with the first frame's own downloads.
 */
export function preloadScenarioLoader(): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => void loadScenarioLoader(), { timeout: 2000 });
    else void loadScenarioLoader();
  }, 2000);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}
