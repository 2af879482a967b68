import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { term } from '../../../lens/vocabulary';
import { sameSelection, useSim, type Selection, type SelectionKind } from '../../../store';
import { useNarrationContext } from '../useNarrationContext';
import { DEFAULT_RULE_SUFFIX, nodeLabel } from './labels';

const SEPARATOR = '|';

function encode(selection: Selection): string {
  return `${selection.kind}${SEPARATOR}${selection.id}`;
}

function decode(value: string): Selection | null {
  const at = value.indexOf(SEPARATOR);
  if (at < 0) return null;
  return { kind: value.slice(0, at) as SelectionKind, id: value.slice(at + 1) };
}

/**
 * Every node of the world in one list, grouped the way a request travels. The stage is one way to select; this is
 * the way that needs no pointer and no canvas.
 */
export function InspectPicker() {
  const id = useId();
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const selection = useSim((state) => state.selection);
  const select = useSim((state) => state.select);
  const taskIds = useSim(useShallow((state) => state.snapshot.tasks.map((task) => task.id)));
  // "clusterId|instanceId": instances come and go while the simulation runs, so they are read from the snapshot.
  const instanceKeys = useSim(
    useShallow((state) => state.snapshot.clusters.flatMap((cluster) => cluster.instances.map((instance) => `${cluster.id}${SEPARATOR}${instance.id}`))),
  );
  const ctx = useNarrationContext();

  const front: Selection[] = [
    { kind: 'audience', id: 'audience' },
    ...spec.loadBalancers.map((lb) => ({ kind: 'loadBalancer' as const, id: lb.id })),
    ...spec.listeners.flatMap((listener) => [
      { kind: 'listener' as const, id: listener.id },
      ...spec.rules
        .filter((rule) => rule.listenerId === listener.id)
        .sort((a, b) => a.priority - b.priority)
        .map((rule) => ({ kind: 'rule' as const, id: rule.id })),
      { kind: 'rule' as const, id: `${listener.id}${DEFAULT_RULE_SUFFIX}` },
    ]),
  ];
  const groups: Selection[] = spec.targetGroups.map((tg) => ({ kind: 'targetGroup', id: tg.id }));
  const stage: Selection[] = [
    ...spec.clusters.flatMap((cluster) => [
      { kind: 'cluster' as const, id: cluster.id },
      ...instanceKeys
        .filter((key) => key.startsWith(`${cluster.id}${SEPARATOR}`))
        .map((key) => ({ kind: 'instance' as const, id: key.slice(cluster.id.length + SEPARATOR.length) })),
    ]),
    { kind: 'conductor', id: 'conductor' },
    ...spec.services.map((service) => ({ kind: 'service' as const, id: service.id })),
    ...taskIds.map((task) => ({ kind: 'task' as const, id: task })),
  ];
  const all = [...front, ...groups, ...stage];
  // A stopped task ECS has forgotten can stay selected; keep it in the list so the select shows the truth.
  if (selection && !all.some((candidate) => sameSelection(candidate, selection))) stage.push(selection);

  const option = (node: Selection) => (
    <option key={encode(node)} value={encode(node)}>
      {nodeLabel(lens, node, spec, ctx)}
    </option>
  );

  return (
    <div className="inspect-picker">
      <label htmlFor={id}>Inspect</label>
      <select id={id} value={selection ? encode(selection) : ''} onChange={(event) => select(decode(event.target.value))}>
        <option value="">Nothing selected</option>
        <optgroup label={term(lens, 'loadBalancer').one}>{front.map(option)}</optgroup>
        <optgroup label={term(lens, 'targetGroup').many}>{groups.map(option)}</optgroup>
        <optgroup label={term(lens, 'cluster').one}>{stage.map(option)}</optgroup>
      </select>
    </div>
  );
}
