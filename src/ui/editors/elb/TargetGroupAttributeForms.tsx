/** ModifyTargetGroupAttributes, one attribute per small form: deregistration delay and routing algorithm (facts 104, 123). */
import { useId, useState, type FormEvent } from 'react';
import type { Algorithm, TargetGroupSpec } from '../../../engine';
import { EditIssues } from '../EditIssues';
import { SelectField, TextField } from './Field';
import { ALGORITHMS, algorithmCommand, deregistrationDelayCommand } from './targetGroupDraft';
import { useDraftEdit } from './useDraftEdit';
import './editors.css';

export function DeregistrationDelayForm({ targetGroup }: { readonly targetGroup: TargetGroupSpec }) {
  const value = String(targetGroup.deregistrationDelaySeconds);
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // An undo (or another editor) changes the group: show its value again rather than what was last typed.
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const { issues, applyDraft } = useDraftEdit();
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyDraft(deregistrationDelayCommand(targetGroup, text), `Deregistration delay of ${targetGroup.name}`);
  };
  return (
    <form className="elb-form elb-form-small" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId} className="visually-hidden">Deregistration delay</h4>
      <div className="elb-fields elb-fields-row elb-fields-end">
        <TextField
          label="Deregistration delay (s)"
          cfn="deregistration_delay.timeout_seconds"
          numeric
          size="short"
          hint="0-3600. How long a deregistered target keeps serving what it has before it is unused."
          value={text}
          onChange={setText}
        />
        <button type="submit">Set delay</button>
      </div>
      <EditIssues issues={issues} />
    </form>
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
  const { issues, apply } = useDraftEdit();
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(algorithmCommand(targetGroup, algorithm), `Algorithm of ${targetGroup.name}`);
  };
  const options = ALGORITHM_OPTIONS.some((o) => o.value === algorithm) ? ALGORITHM_OPTIONS : [...ALGORITHM_OPTIONS, { value: algorithm, label: algorithm }];
  return (
    <form className="elb-form elb-form-small" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId} className="visually-hidden">Routing algorithm</h4>
      <div className="elb-fields elb-fields-row elb-fields-end">
        <SelectField<Algorithm>
          label="Routing algorithm"
          cfn="load_balancing.algorithm.type"
          hint="round_robin takes turns; least_outstanding_requests picks the target with the fewest requests in flight."
          value={algorithm}
          options={options}
          onChange={setAlgorithm}
        />
        <button type="submit">Set algorithm</button>
      </div>
      <EditIssues issues={issues} />
    </form>
  );
}
