/** forward: one target group, or several with weights (0-999, split in proportion; fact 96). */
import { useRef } from 'react';
import { MAX_FORWARD_GROUPS, type ForwardTargetDraft } from './actionDraft';
import { SelectField, TextField } from '../form/fields';
import './editors.css';

export interface TargetGroupChoice {
  readonly id: string;
  readonly name: string;
}

export interface ForwardEditorProps {
  readonly targets: readonly ForwardTargetDraft[];
  readonly choices: readonly TargetGroupChoice[];
  /** A field's problem, by its path under the action (e.g. `ForwardConfig.TargetGroups[1].Weight`). */
  readonly errorOf: (field: string) => string | undefined;
  readonly onChange: (targets: readonly ForwardTargetDraft[]) => void;
}

export function ForwardEditor({ targets, choices, errorOf, onChange }: ForwardEditorProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const weighted = targets.length > 1;
  const options = choices.map((c) => ({ value: c.id, label: c.name }));
  const set = (j: number, target: ForwardTargetDraft) => onChange(targets.map((old, i) => (i === j ? target : old)));
  const unused = choices.find((c) => !targets.some((t) => t.targetGroupId === c.id));
  if (choices.length === 0) return <p className="edit-field-error">There is no target group to forward to yet: add one on the load balancer first.</p>;
  return (
    <div className="elb-forward">
      <p className="edit-hint">
        {weighted
          ? 'Requests are split in proportion to the weights (10 and 20: one third and two thirds; 0: none). Weights 0-999, up to 5 groups.'
          : 'Every matching request goes to this group. Add another group to split traffic by weight.'}
      </p>
      <ul className="elb-rows" aria-label="Target groups to forward to">
        {targets.map((target, j) => (
          <li key={j} className="elb-row">
            <SelectField
              label={`Target group ${j + 1}`}
              cfn={weighted ? `ForwardConfig.TargetGroups[${j}].TargetGroupArn` : 'TargetGroupArn'}
              value={target.targetGroupId}
              options={options}
              onChange={(targetGroupId) => set(j, { ...target, targetGroupId })}
            />
            {weighted ? (
              <>
                <TextField
                  label={`Weight ${j + 1}`}
                  cfn="Weight"
                  numeric
                  size="short"
                  value={target.weight}
                  error={errorOf(`ForwardConfig.TargetGroups[${j}].Weight`)}
                  onChange={(weight) => set(j, { ...target, weight })}
                />
                <button
                  type="button"
                  className="button-small elb-remove"
                  aria-label={`Remove target group ${j + 1}`}
                  onClick={() => {
                    onChange(targets.filter((_, i) => i !== j));
                    addRef.current?.focus();
                  }}
                >
                  Remove
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="elb-inline-buttons">
        <button
          ref={addRef}
          type="button"
          className="button-small"
          disabled={targets.length >= MAX_FORWARD_GROUPS || unused === undefined}
          onClick={() => unused && onChange([...targets, { targetGroupId: unused.id, weight: '1' }])}
        >
          Add target group to split
        </button>
      </div>
    </div>
  );
}
