/** Target groups a forward can name, with their names, this listener's load balancer's own first. */
import type { ScenarioSpec } from '../../../engine';
import type { TargetGroupChoice } from './ForwardEditor';
import { targetGroupChoices } from './ruleDraft';

export function choicesFor(spec: ScenarioSpec, listenerId: string | null): TargetGroupChoice[] {
  const ids = listenerId === null ? spec.targetGroups.map((tg) => tg.id) : targetGroupChoices(spec, listenerId);
  return ids.map((id) => ({ id, name: spec.targetGroups.find((tg) => tg.id === id)?.name ?? id }));
}
