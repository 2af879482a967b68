/** What the inspector calls each node, in the current lens; IDs and names stay as AWS has them. */
import type { ListenerSpec, ScenarioSpec } from '../../../engine';
import { serviceLabel, taskLabel } from '../../../lens/names';
import { serviceOfTask, type NarrationContext } from '../../../lens/narrationContext';
import { term, type Lens } from '../../../lens/vocabulary';
import type { Selection } from '../../../store';

export const DEFAULT_RULE_SUFFIX = '/default';

export function listenerName(listener: ListenerSpec): string {
  return `${listener.protocol}:${listener.port}`;
}

/** "<listenerId>/default" -> the listener ID; null for a rule's logical ID. */
export function defaultRuleListener(id: string): string | null {
  return id.endsWith(DEFAULT_RULE_SUFFIX) ? id.slice(0, -DEFAULT_RULE_SUFFIX.length) : null;
}

export function nodeLabel(lens: Lens, selection: Selection, spec: ScenarioSpec, ctx: NarrationContext): string {
  const { kind, id } = selection;
  switch (kind) {
    case 'audience':
      return term(lens, 'audience').many;
    case 'loadBalancer': {
      const lb = spec.loadBalancers.find((candidate) => candidate.id === id);
      return `${term(lens, 'loadBalancer').one} ${lb?.name ?? id}`;
    }
    case 'listener': {
      const listener = spec.listeners.find((candidate) => candidate.id === id);
      return `${term(lens, 'listener').one} ${listener ? listenerName(listener) : id}`;
    }
    case 'rule': {
      const listenerId = defaultRuleListener(id);
      if (listenerId !== null) {
        const listener = spec.listeners.find((candidate) => candidate.id === listenerId);
        return `${term(lens, 'defaultRule').one}${listener ? ` (${listenerName(listener)})` : ''}`;
      }
      const rule = spec.rules.find((candidate) => candidate.id === id);
      const listener = spec.listeners.find((candidate) => candidate.id === rule?.listenerId);
      return `${term(lens, 'rule').one} ${rule?.priority ?? id}${listener ? ` (${listenerName(listener)})` : ''}`;
    }
    case 'targetGroup':
      return `${term(lens, 'targetGroup').one} ${ctx.targetGroups.get(id)?.name ?? id}`;
    case 'instance':
      return `${term(lens, 'instance').one} ${id}`;
    case 'cluster': {
      const cluster = spec.clusters.find((candidate) => candidate.id === id);
      return `${term(lens, 'cluster').one} ${cluster?.name ?? id}`;
    }
    case 'service': {
      const service = ctx.services.get(id);
      return service ? serviceLabel(lens, service) : `${term(lens, 'service').one} ${id}`;
    }
    case 'task':
      return taskLabel(lens, id, serviceOfTask(ctx, id));
    case 'conductor':
      return term(lens, 'scheduler').one;
  }
}
