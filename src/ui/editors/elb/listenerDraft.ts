/** A listener form (port, protocol, default action) to createListener / modifyListener / deleteListener commands. */
import type { CreateListenerCommand, DeleteListenerCommand, ListenerSpec, ModifyListenerCommand, ScenarioSpec } from '../../../engine';
import { actionFromDraft, actionToDraft, type ActionDraft } from './actionDraft';
import { DraftErrors, type DraftResult } from '../form/draft';
import { logicalIdFrom, uniqueLogicalId } from '../form/logicalIds';
import { targetGroupChoices } from './ruleDraft';

export type ListenerProtocol = ListenerSpec['protocol'];

export interface ListenerDraft {
  readonly port: string;
  readonly protocol: ListenerProtocol;
  readonly action: ActionDraft;
}

const COMMON_PORTS: readonly [number, ListenerProtocol][] = [[80, 'HTTP'], [443, 'HTTPS'], [8080, 'HTTP'], [8443, 'HTTPS']];

/** A port the load balancer does not listen on yet, with the protocol people use on it. */
export function newListenerDraft(spec: ScenarioSpec, loadBalancerId: string): ListenerDraft {
  const taken = new Set(spec.listeners.filter((l) => l.loadBalancerId === loadBalancerId).map((l) => l.port));
  const [port, protocol] = COMMON_PORTS.find(([p]) => !taken.has(p)) ?? [Math.max(...taken) + 1, 'HTTP'];
  const firstGroup = spec.targetGroups[0]?.id ?? null;
  // A listener nobody has routed yet answers 404 itself, as the console suggests; forward is one select away.
  return { port: String(port), protocol, action: { ...actionToDraft(undefined, firstGroup), kind: 'fixed-response' } };
}

export function listenerToDraft(spec: ScenarioSpec, listener: ListenerSpec): ListenerDraft {
  return {
    port: String(listener.port),
    protocol: listener.protocol,
    action: actionToDraft(listener.defaultActions[0], targetGroupChoices(spec, listener.id)[0] ?? null),
  };
}

function readListener(draft: ListenerDraft): DraftResult<Pick<ListenerSpec, 'port' | 'protocol' | 'defaultActions'>> {
  const issues = new DraftErrors();
  const port = issues.number(draft.port, 'Properties.Port', `Listener port '${draft.port}' must be between 1 and 65535`);
  const action = actionFromDraft(draft.action, 'DefaultActions[0]');
  if (!action.ok) issues.addAll(action.errors);
  return issues.result({ port, protocol: draft.protocol, defaultActions: action.ok ? [action.value] : [] });
}

export function listenerIdFor(spec: ScenarioSpec, draft: ListenerDraft): string {
  const protocol = draft.protocol === 'HTTPS' ? 'Https' : 'Http';
  return uniqueLogicalId(spec, logicalIdFrom(`${protocol} ${draft.port.replace(/\D/g, '')}`, 'Listener'));
}

export function createListenerCommand(spec: ScenarioSpec, loadBalancerId: string, draft: ListenerDraft): DraftResult<CreateListenerCommand> {
  const id = listenerIdFor(spec, draft);
  const read = readListener(draft);
  return read.ok ? { ok: true, value: { do: 'createListener', listener: { id, loadBalancerId, ...read.value } } } : read;
}

export function modifyListenerCommand(listener: ListenerSpec, draft: ListenerDraft): DraftResult<ModifyListenerCommand> {
  const read = readListener(draft);
  if (!read.ok) return read;
  const { port, protocol, defaultActions } = read.value;
  return {
    ok: true,
    value: {
      do: 'modifyListener',
      listener: listener.id,
      ...(port !== listener.port ? { port } : {}),
      ...(protocol !== listener.protocol ? { protocol } : {}),
      defaultActions,
    },
  };
}

/** Only the default action: the default rule's own editor. */
export function modifyDefaultActionCommand(listener: ListenerSpec, action: ActionDraft): DraftResult<ModifyListenerCommand> {
  const read = actionFromDraft(action, 'DefaultActions[0]');
  return read.ok ? { ok: true, value: { do: 'modifyListener', listener: listener.id, defaultActions: [read.value] } } : read;
}

export function deleteListenerCommand(listenerId: string): DeleteListenerCommand {
  return { do: 'deleteListener', listener: listenerId };
}
