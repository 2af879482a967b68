/**
 * The tiny test world as the loader makes it. A session carries the scenario as a CloudFormation template, and the
 * loader derives some names (a load balancer's DNS name) its own way; worlds in the app always come from the loader.
 */
import { exportTemplate, loadScenario } from '../../src/scenario';
import { tinySpec } from '../store/tinySpec';
import type { ScenarioSpec } from '../../src/engine/spec';

export { WEB_TRAFFIC } from '../store/tinySpec';

export function loadedTinySpec(overrides: Parameters<typeof tinySpec>[0] = {}): ScenarioSpec {
  const loaded = loadScenario(exportTemplate(tinySpec(overrides)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.spec;
}
