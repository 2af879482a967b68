import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { formatCount } from '../../format';
import { RuleEditors } from '../../editors/elb/RuleEditors';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { actionRows, conditionRows, forwardedGroups } from './cfnRows';
import { defaultRuleListener, listenerName, nodeLabel } from './labels';
import { ruleRow } from '../../views/listenerView';

export function RuleInspector({ id }: { readonly id: string }) {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'rule', id }, spec, ctx);
  const defaultOf = defaultRuleListener(id);
  const rule = defaultOf === null ? spec.rules.find((candidate) => candidate.id === id) : undefined;
  const listenerId = defaultOf ?? rule?.listenerId ?? '';
  const listener = spec.listeners.find((candidate) => candidate.id === listenerId);
  const row = ruleRow(spec, listenerId, { id: rule?.id ?? null, priority: rule?.priority ?? 'default' }, lens, ctx);
  const requests = useSim((state) => state.counters.byListenerRule[listenerId]?.[row.key] ?? 0);

  if (!listener || (defaultOf === null && !rule)) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such rule in this scenario.</p>
      </article>
    );
  }
  const actions = rule ? rule.actions : listener.defaultActions;
  const words = inspectorWords(lens);
  const tgName = (tg: string) => ctx.targetGroups.get(tg)?.name ?? tg;
  const rows = rule
    ? [
        ['Priority', String(rule.priority)] as const,
        ...rule.conditions.flatMap((condition, index) => conditionRows(condition, `Conditions[${index}]`)),
        ...rule.actions.flatMap((action, index) => actionRows(action, `Actions[${index}]`, tgName)),
      ]
    : listener.defaultActions.flatMap((action, index) => actionRows(action, `DefaultActions[${index}]`, tgName));

  return (
    <article className="inspect" aria-label={heading} data-rule-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <p>
        {words.ruleMatches} <strong>{row.matches}</strong>, then {row.action}.
      </p>
      <dl className="figures">
        <div>
          <dt>{words.ruleRequests}</dt>
          <dd>{formatCount(requests)}</dd>
        </div>
      </dl>
      <p className="inspect-sub">
        On{' '}
        <SelectButton kind="listener" id={listener.id}>
          {nodeLabel(lens, { kind: 'listener', id: listener.id }, spec, ctx)}
        </SelectButton>
        {forwardedGroups(actions).map((group) => (
          <span key={group}>
            {' '}→{' '}
            <SelectButton kind="targetGroup" id={group}>
              {tgName(group)}
            </SelectButton>
          </span>
        ))}
      </p>
      <RuleEditors listener={listener} rule={rule} />
      <h4>Configuration</h4>
      <PropertyList
        title={rule ? 'AWS::ElasticLoadBalancingV2::ListenerRule' : `AWS::ElasticLoadBalancingV2::Listener ${listenerName(listener)}`}
        rows={rows.map(([name, value]) => [name, <span className="mono">{value}</span>] as const)}
      />
    </article>
  );
}
