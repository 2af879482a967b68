/**
 * The spec a built world makes, and the checks every loaded world passes: one template and a bundle of several go
 * through the same two steps.
 */
import type { ScenarioSpec, ScriptEntry, StartMode, TrafficSpec } from '../engine';
import type { IssueSink } from './issueSink';
import { assignPriorities } from './resources/elb';
import { validateEcs } from './validate/ecsValidation';
import { validateElb } from './validate/elbValidation';
import { validateScriptAndTraffic } from './validate/scriptReferences';
import type { World } from './world';

export interface SpecHead {
  readonly title: string;
  readonly summary: string;
  readonly seed: number;
  readonly start: StartMode;
  readonly traffic: TrafficSpec | null;
  readonly deregisteredRevisions: Readonly<Record<string, number>>;
}

export function specOfWorld(world: World, head: SpecHead, script: readonly ScriptEntry[]): ScenarioSpec {
  return {
    ...head,
    clusters: world.clusters.build(),
    taskDefinitions: [...world.taskDefinitions.values()],
    services: world.services,
    loadBalancers: world.loadBalancers,
    listeners: world.listeners,
    rules: assignPriorities(world.pendingRules),
    targetGroups: world.targetGroups,
    script,
    // Only a world with auto scaling carries the key, so every other world's spec is as it was.
    ...(world.scaling.length > 0 ? { scaling: world.scaling } : {}),
  };
}

/** `scriptIndex` maps each script entry to where it was written, for the issue path. */
export function validateWorld(spec: ScenarioSpec, world: World, scriptIndex: readonly number[], sink: IssueSink): void {
  validateEcs(spec, world.forwarded, sink);
  validateScriptAndTraffic(spec, scriptIndex, sink);
  sink.addAll(validateElb(spec));
}
