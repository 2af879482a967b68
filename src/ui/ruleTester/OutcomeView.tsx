import type { ActionTrace, RequestTrace, TargetGroupTrace } from '../../engine';
import { TARGET_STATE_WORDS, term, type Lens } from '../../lens/vocabulary';

function actionText(action: ActionTrace): string {
  switch (action.type) {
    case 'forward':
      return action.reason;
    case 'fixed-response':
      return `fixed-response ${action.statusCode}${action.messageBody ? ` "${action.messageBody}"` : ''}`;
    case 'redirect':
      return `redirect ${action.statusCode} to ${action.location}`;
  }
}

function stateWord(state: string, lens: Lens): string {
  const word = TARGET_STATE_WORDS[lens][state] ?? state;
  // The AWS word always stays visible beside the orchestra one.
  return word === state ? state : `${word} (${state})`;
}

function Targets({ group, lens }: { readonly group: TargetGroupTrace; readonly lens: Lens }) {
  if (group.targets.length === 0) return <p className="hint">No registered targets.</p>;
  return (
    <ul className="rt-targets" aria-label={`${term(lens, 'target').many} of ${group.name}, in registration order`}>
      {group.targets.map((t) => (
        <li key={t.task} data-next={t.next ? '' : undefined} data-eligible={t.eligible ? 'true' : 'false'}>
          <span className="rt-mono">{t.instance === null ? t.task : `${t.task} (${t.instance}:${t.port})`}</span> {stateWord(t.state, lens)}
          {t.inFlight > 0 ? `, ${t.inFlight} in flight` : ''}
          {t.next ? (
            <strong className="rt-next">
              {' '}
              <span aria-hidden="true">◀</span> next
            </strong>
          ) : t.eligible ? null : (
            <span className="rt-skip"> (gets no requests now)</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function statusText(trace: RequestTrace, lens: Lens): string {
  const { outcome } = trace;
  if (outcome.status === null) return 'no answer';
  const who = outcome.source === 'target' ? `from ${term(lens, 'task').one.toLowerCase()} ${outcome.target ?? ''}` : `from the ${term(lens, 'loadBalancer').one.toLowerCase()} itself`;
  return `${outcome.status} ${who}`;
}

/** What the winning rule does with the request: the action, the group and its next target, the status. */
export function OutcomeView({ trace, lens }: { readonly trace: RequestTrace; readonly lens: Lens }) {
  const group = trace.targetGroup;
  return (
    <dl className="rt-outcome">
      {trace.action ? (
        <>
          <dt>Action</dt>
          <dd>{actionText(trace.action)}</dd>
        </>
      ) : null}
      {group ? (
        <>
          <dt>{term(lens, 'targetGroup').one}</dt>
          <dd>
            <span className="rt-mono">{group.name}</span> ({group.algorithm})
            <Targets group={group} lens={lens} />
          </dd>
          <dt>Next {term(lens, 'target').one.toLowerCase()}</dt>
          <dd>
            {group.next === null ? <strong>none</strong> : <strong className="rt-mono">{group.next}</strong>}: {group.reason}
          </dd>
        </>
      ) : null}
      <dt>Predicted status</dt>
      <dd className="rt-status" data-testid="predicted-status">
        <strong>{statusText(trace, lens)}</strong>
        <span className="rt-status-reason">{trace.outcome.reason}</span>
      </dd>
    </dl>
  );
}
