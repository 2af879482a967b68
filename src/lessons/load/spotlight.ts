/** A step's spotlight entries as the stage's things: logical IDs, task IDs, instance IDs, or the stage's characters. */
import type { ScenarioSpec } from '../../engine';
import { hasOwn, type IssueSink, joinPath } from '../../scenario';
import { STAGE_CHARACTERS, type SpotlightTarget } from '../format/lesson';

const TASK_ID = /^(.+)-([1-9]\d*)$/;

function resolve(world: ScenarioSpec, name: string): SpotlightTarget | null {
  if (hasOwn(STAGE_CHARACTERS, name)) return { kind: STAGE_CHARACTERS[name as keyof typeof STAGE_CHARACTERS], id: null };
  const kinds = [
    ['service', world.services],
    ['targetGroup', world.targetGroups],
    ['listener', world.listeners],
    ['rule', world.rules],
    ['loadBalancer', world.loadBalancers],
    ['cluster', world.clusters],
    ['taskDefinition', world.taskDefinitions],
  ] as const;
  for (const [kind, list] of kinds) if (list.some((r: { readonly id: string }) => r.id === name)) return { kind, id: name };
  const service = TASK_ID.exec(name)?.[1];
  if (service !== undefined && world.services.some((s) => s.id === service)) return { kind: 'task', id: name };
  if (world.clusters.some((c) => c.instances.some((i) => i.id === name))) return { kind: 'instance', id: name };
  return null;
}

/** Each name as a spotlight target in the first world that has it; a name no world has is reported. */
export function resolveSpotlight(names: readonly string[], worlds: readonly ScenarioSpec[], path: string, sink: IssueSink): SpotlightTarget[] {
  const out: SpotlightTarget[] = [];
  names.forEach((name, index) => {
    const found = worlds.map((w) => resolve(w, name)).find((t) => t !== null);
    if (found) {
      out.push(found);
      return;
    }
    const world = worlds[worlds.length - 1];
    const services = world ? world.services.map((s) => s.id) : [];
    const example = services[0] ? `, a task ID such as "${services[0]}-1"` : '';
    sink.error('', joinPath(path, index), `"${name}" is nothing on the stage: name a logical ID (${services.length > 0 ? `services: ${services.join(', ')}` : 'no services'})${example}, an instance ID, or "audience", "stage-manager", "conductor"`);
  });
  return out;
}
