/**
 * A lesson's spotlight on the stage (lessonSpotlight.ts) is fetched when a spotlight is first on: a page without a
 * lesson never needs it. Until it is in, the picture is drawn as without one, neither lit nor dimmed (the stage's
 * `data-spotlight`, which dims, follows `lit`).
 */
import type { Edge } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { ScenarioSpec } from '../../engine';
import type { SpotlightTarget } from '../../lessons';
import { lateModule, useLateModule } from '../lateModule';
import type { StageNode } from './stageNodes';

const spotlighting = lateModule(() => import('./lessonSpotlight'));

export interface Spotlit {
  readonly nodes: StageNode[];
  readonly edges: Edge[];
  /** A spotlight is on and drawn. */
  readonly lit: boolean;
}

export function useSpotlit(spotlight: readonly SpotlightTarget[] | null, nodes: StageNode[], edges: Edge[], world: ScenarioSpec): Spotlit {
  const wanted = spotlight !== null;
  const arrived = useLateModule(spotlighting);
  useEffect(() => {
    if (wanted && !arrived) spotlighting.load().catch(() => undefined);
  }, [wanted, arrived]);
  return useMemo(
    () => (arrived === null || spotlight === null ? { nodes, edges, lit: false } : { ...arrived.withSpotlight(spotlight, nodes, edges, world), lit: true }),
    [arrived, spotlight, nodes, edges, world],
  );
}
