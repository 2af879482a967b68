import { useId } from 'react';
import type { RequestTrace, RuleOutcome, RuleStep } from '../../engine';
import { inspectorWords } from '../../lens/inspectorWords';
import { term, type Lens } from '../../lens/vocabulary';
import { OutcomeView } from './OutcomeView';

/** Outcome as icon and word, never color alone. */
const BADGE: Record<RuleOutcome, { readonly icon: string; readonly key: string }> = {
  matched: { icon: '✓', key: 'matched' },
  'no match': { icon: '✗', key: 'nomatch' },
  'not evaluated': { icon: '–', key: 'skipped' },
};

export function OutcomeBadge({ outcome }: { readonly outcome: RuleOutcome }) {
  const badge = BADGE[outcome];
  return (
    <span className="rt-badge" data-outcome={badge.key}>
      <span aria-hidden="true">{badge.icon}</span> {outcome}
    </span>
  );
}

function RuleRow({ step, winner, lens }: { readonly step: RuleStep; readonly winner: boolean; readonly lens: Lens }) {
  const headId = useId();
  const name = step.priority === 'default' ? term(lens, 'defaultRule').one : `Priority ${step.priority}`;
  return (
    <li className="rt-rule" data-outcome={BADGE[step.outcome].key} data-winner={winner ? '' : undefined} aria-labelledby={headId}>
      <div className="rt-rule-head" id={headId}>
        <span className="rt-priority">{name}</span> <OutcomeBadge outcome={step.outcome} />{' '}
        {winner ? <span className="rt-winner">(wins)</span> : null} <span className="rt-action">{step.action}</span>
      </div>
      {step.conditions.length > 0 ? (
        <ul className="rt-conditions">
          {step.conditions.map((c, index) => (
            <li key={index} data-matched={c.matched ? 'true' : 'false'}>
              <span className="rt-cond-mark" aria-hidden="true">
                {c.matched ? '✓' : '✗'}
              </span>
              <span className="visually-hidden">{c.matched ? 'matches: ' : 'does not match: '}</span>
              {c.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="rt-rule-reason">{step.reason}</p>
    </li>
  );
}

/** The evaluation as the load balancer does it: the listener, each rule in priority order, then what happens. */
export function TraceView({ trace, lens }: { readonly trace: RequestTrace; readonly lens: Lens }) {
  const listId = useId();
  return (
    <div className="rt-trace" data-testid="rule-trace">
      <p className="rt-listener">
        <strong>{term(lens, 'listener').one}:</strong> {trace.listener.reason}
      </p>
      {trace.rules.length > 0 ? (
        <>
          <h4 id={listId}>{inspectorWords(lens).ruleTraceHeading}</h4>
          <ol className="rt-rules" aria-labelledby={listId}>
            {trace.rules.map((step, index) => (
              <RuleRow key={step.ruleId ?? 'default'} step={step} winner={index === trace.winner} lens={lens} />
            ))}
          </ol>
        </>
      ) : null}
      <OutcomeView trace={trace} lens={lens} />
    </div>
  );
}
