/** ModifyTargetGroupAttributes, one attribute per small form: deregistration delay and routing algorithm (facts 104, 123). */
import { useState } from 'react';
import type { Algorithm, TargetGroupSpec } from '../../../engine';
import { SelectField, TextField } from '../form/fields';
import { InlineForm } from '../form/InlineForm';
import { useDraftForm } from '../form/useDraftForm';
import { ALGORITHMS, algorithmCommand, deregistrationDelayCommand } from './targetGroupDraft';

export function DeregistrationDelayForm({ targetGroup }: { readonly targetGroup: TargetGroupSpec }) {
  const value = String(targetGroup.deregistrationDelaySeconds);
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // An undo (or another editor) changes the group: show its value again rather than what was last typed.
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const { issues, errors, applyDraft } = useDraftForm();
  return (
    <InlineForm sends="modifyTargetGroup"
      title="Deregistration delay"
      applyLabel="Set delay"
      onApply={() => applyDraft(deregistrationDelayCommand(targetGroup, text), `Deregistration delay of ${targetGroup.name}`)}
      issues={issues}
      errors={errors}
    >
      <TextField
        label="Deregistration delay (s)"
        cfn="deregistration_delay.timeout_seconds"
        numeric
        size="short"
        hint="0-3600. How long a deregistered target keeps serving what it has before it is unused."
        value={text}
        error={errors['Properties.TargetGroupAttributes']}
        onChange={setText}
      />
    </InlineForm>
  );
}

const ALGORITHM_OPTIONS = ALGORITHMS.map((a) => ({ value: a, label: a }));

export function AlgorithmForm({ targetGroup }: { readonly targetGroup: TargetGroupSpec }) {
  const [algorithm, setAlgorithm] = useState<Algorithm>(targetGroup.algorithm);
  const [shown, setShown] = useState<Algorithm>(targetGroup.algorithm);
  if (shown !== targetGroup.algorithm) {
    setShown(targetGroup.algorithm);
    setAlgorithm(targetGroup.algorithm);
  }
  const { issues, errors, apply } = useDraftForm();
  const options = ALGORITHM_OPTIONS.some((o) => o.value === algorithm) ? ALGORITHM_OPTIONS : [...ALGORITHM_OPTIONS, { value: algorithm, label: algorithm }];
  return (
    <InlineForm sends="modifyTargetGroup"
      title="Routing algorithm"
      applyLabel="Set algorithm"
      onApply={() => apply(algorithmCommand(targetGroup, algorithm), `Algorithm of ${targetGroup.name}`)}
      issues={issues}
      errors={errors}
    >
      <SelectField<Algorithm>
        label="Routing algorithm"
        cfn="load_balancing.algorithm.type"
        hint="round_robin takes turns; least_outstanding_requests picks the target with the fewest requests in flight."
        value={algorithm}
        options={options}
        onChange={setAlgorithm}
      />
    </InlineForm>
  );
}
