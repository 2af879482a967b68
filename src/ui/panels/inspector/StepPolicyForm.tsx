import { useId, useState, type FormEvent } from 'react';
import {
  ADJUSTMENT_TYPES, COMPARISON_OPERATORS, METRIC_AGGREGATION_TYPES, SCALING_METRIC_NAMES,
  type AdjustmentType, type ComparisonOperator, type MetricAggregationType, type ScalingMetricName, type ServiceSpec,
} from '../../../engine';
import { useSim } from '../../../store';
import { LessonLockNote, useLessonLock } from '../../lessons/index';
import { emptyStepDraft, METRIC_MEANINGS, METRIC_SOURCES, stepCommand, type StepDraft, type StepRowDraft } from './stepDraft';

const COMPARISON_SIGNS: Readonly<Record<ComparisonOperator, string>> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '>=',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

function StepRow({ index, row, onChange, onRemove }: {
  readonly index: number;
  readonly row: StepRowDraft;
  readonly onChange: (row: StepRowDraft) => void;
  readonly onRemove: (() => void) | null;
}) {
  const id = useId();
  return (
    <div className="step-row" role="group" aria-label={`Step ${index + 1}`}>
      <div className="step-row-head">
        <span aria-hidden="true">Step {index + 1}</span>
        {onRemove ? <button type="button" className="step-remove" onClick={onRemove} aria-label={`Remove step ${index + 1}`}>Remove</button> : null}
      </div>
      <span className="field">
        <label htmlFor={`${id}-lower`}>Lower bound</label>
        <input id={`${id}-lower`} type="number" step="any" placeholder="-∞" value={row.lower} onChange={(e) => onChange({ ...row, lower: e.target.value })} />
      </span>
      <span className="field">
        <label htmlFor={`${id}-upper`}>Upper bound</label>
        <input id={`${id}-upper`} type="number" step="any" placeholder="+∞" value={row.upper} onChange={(e) => onChange({ ...row, upper: e.target.value })} />
      </span>
      <span className="field">
        <label htmlFor={`${id}-adjust`}>Adjustment</label>
        <input id={`${id}-adjust`} type="number" step={1} value={row.adjustment} onChange={(e) => onChange({ ...row, adjustment: e.target.value })} />
      </span>
    </div>
  );
}

/**
 * A step scaling policy with the CloudWatch alarm that invokes it, put through PutScalingPolicy. The button asks the
 * engine (Simulation.check) and the lesson's lock before it may be pressed, and says why beside itself when not.
 */
export function StepPolicyForm({ service }: { readonly service: ServiceSpec }) {
  const id = useId();
  const check = useSim((state) => state.check);
  const dispatch = useSim((state) => state.dispatch);
  const locked = useLessonLock(['putScalingPolicy']);
  const [draft, setDraft] = useState<StepDraft>(() => emptyStepDraft(service));
  const set = (patch: Partial<StepDraft>) => setDraft({ ...draft, ...patch });
  const setRow = (i: number, row: StepRowDraft) => set({ steps: draft.steps.map((r, j) => (j === i ? row : r)) });

  const command = stepCommand(service, draft);
  const answer = typeof command === 'string' ? null : check(command);
  const why = typeof command === 'string' ? command : answer !== null && !answer.allowed ? answer.reason : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typeof command === 'string' || why !== null || locked !== null) return;
    dispatch(command);
  };
  const sign = COMPARISON_SIGNS[draft.comparison];
  const describedBy = [locked ? `${id}-locked` : null, why ? `${id}-why` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="number-form scaling-policy-form step-policy-form" onSubmit={submit} noValidate aria-label="Step scaling policy">
      <label htmlFor={`${id}-name`}>PolicyName</label>
      <input id={`${id}-name`} className="panel-input" type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      <fieldset>
        <legend>CloudWatch alarm</legend>
        <label htmlFor={`${id}-metric`}>Metric</label>
        <select id={`${id}-metric`} value={draft.metric} onChange={(e) => set({ metric: e.target.value as ScalingMetricName })}>
          {SCALING_METRIC_NAMES.map((m) => <option key={m} value={m}>{METRIC_SOURCES[m]}</option>)}
        </select>
        <label htmlFor={`${id}-comparison`}>ComparisonOperator</label>
        <select id={`${id}-comparison`} value={draft.comparison} onChange={(e) => set({ comparison: e.target.value as ComparisonOperator })}>
          {/* The sign first: the dock is narrower than AWS's longest operator name. */}
          {COMPARISON_OPERATORS.map((c) => <option key={c} value={c}>{`${COMPARISON_SIGNS[c]} ${c}`}</option>)}
        </select>
        <div className="number-form-row">
          <span className="field">
            <label htmlFor={`${id}-threshold`}>Threshold</label>
            <input id={`${id}-threshold`} type="number" step="any" value={draft.threshold} onChange={(e) => set({ threshold: e.target.value })} />
          </span>
          <span className="field">
            <label htmlFor={`${id}-periods`}>EvaluationPeriods (1 min each)</label>
            <input id={`${id}-periods`} type="number" step={1} min={1} value={draft.evaluationPeriods} onChange={(e) => set({ evaluationPeriods: e.target.value })} />
          </span>
        </div>
        <p className="hint">
          In ALARM when {METRIC_MEANINGS[draft.metric]} {sign} {draft.threshold || '?'} for {draft.evaluationPeriods || '?'} consecutive minute{draft.evaluationPeriods === '1' ? '' : 's'}.
        </p>
      </fieldset>
      <fieldset>
        <legend>Step adjustments</legend>
        <label htmlFor={`${id}-adjustment-type`}>AdjustmentType</label>
        <select id={`${id}-adjustment-type`} value={draft.adjustmentType} onChange={(e) => set({ adjustmentType: e.target.value as AdjustmentType })}>
          {ADJUSTMENT_TYPES.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
        <p className="hint" id={`${id}-bounds-hint`}>
          Bounds are the metric minus the threshold: lower inclusive, upper exclusive, blank for none.
        </p>
        {draft.steps.map((row, i) => (
          <StepRow
            // Rows are edited in place and removed by position; the index is their identity here.
            key={i}
            index={i}
            row={row}
            onChange={(next) => setRow(i, next)}
            onRemove={draft.steps.length > 1 ? () => set({ steps: draft.steps.filter((_, j) => j !== i) }) : null}
          />
        ))}
        <button type="button" onClick={() => set({ steps: [...draft.steps, { lower: draft.steps.at(-1)?.upper ?? '', upper: '', adjustment: '1' }] })}>
          Add step
        </button>
      </fieldset>
      <div className="number-form-row">
        <span className="field">
          <label htmlFor={`${id}-cooldown`}>Cooldown (s)</label>
          <input id={`${id}-cooldown`} type="number" step={1} min={0} value={draft.cooldown} onChange={(e) => set({ cooldown: e.target.value })} />
        </span>
        <span className="field">
          <label htmlFor={`${id}-aggregation`}>MetricAggregationType</label>
          <select id={`${id}-aggregation`} value={draft.aggregation} onChange={(e) => set({ aggregation: e.target.value as MetricAggregationType })}>
            {METRIC_AGGREGATION_TYPES.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </span>
        {draft.adjustmentType === 'PercentChangeInCapacity' ? (
          <span className="field">
            <label htmlFor={`${id}-magnitude`}>MinAdjustmentMagnitude</label>
            <input id={`${id}-magnitude`} type="number" step={1} min={1} value={draft.minAdjustmentMagnitude} onChange={(e) => set({ minAdjustmentMagnitude: e.target.value })} />
          </span>
        ) : null}
      </div>
      <button type="submit" disabled={locked !== null || why !== null} aria-describedby={describedBy}>Put step scaling policy</button>
      <LessonLockNote reason={locked} id={`${id}-locked`} />
      {why ? <p id={`${id}-why`} className="form-error">{why}</p> : null}
    </form>
  );
}
