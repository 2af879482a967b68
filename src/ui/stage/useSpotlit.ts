/**
 * A lesson's spotlight on the stage (lessonSpotlight.ts) is fetched when a spotlight is first on: a page without a
 * lesson never needs it. Until it is in, the picture is drawn as without one, neither lit nor dimmed (the stage's
 * `data-spotlight`, which dims, follows `lit`).
 */
import type { Edge } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { ScenarioSpec } from '../../engine';
import type { SpotlightTarget } from '../../lessons';
import type { StageNode } from './stageNodes';

type Spotlighting = typeof import('./lessonSpotlight');

let loaded: Spotlighting | null = null;
let loading: Promise<Spotlighting> | null = null;

export interface Spotlit {
  readonly nodes: StageNode[];
  readonly edges: Edge[];
  /** A spotlight is on and drawn. */
  readonly lit: boolean;
}

export function useSpotlit(spotlight: readonly SpotlightTarget[] | null, nodes: StageNode[], edges: Edge[], world: ScenarioSpec): Spotlit {
  const [, setArrived] = useState(false);
  const wanted = spotlight !== null;
  useEffect(() => {
    if (!wanted || loaded) return undefined;
    let live = true;
    loading ??= import('./lessonSpotlight').then((module) => (loaded = module));
    void loading.then(() => {
      if (live) setArrived(true);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  const spotlighting = wanted ? loaded : null;
  return useMemo(
    () => (spotlighting === null || spotlight === null ? { nodes, edges, lit: false } : { ...spotlighting.withSpotlight(spotlight, nodes, edges, world), lit: true }),
    [spotlighting, spotlight, nodes, edges, world],
  );
}
