/** A rule's conditions: all must match (AND); each condition's values: any one may (OR). Rows are added and removed here. */
import { useRef } from 'react';
import { CfnName } from '../form/fields';
import { ConditionEditor } from './ConditionEditor';
import { MAX_VALUES_PER_RULE, MAX_WILDCARDS_PER_RULE, emptyCondition, nextFreeField, valueCount, type ConditionDraft } from './conditionDraft';
import './editors.css';

export interface ConditionsFieldsetProps {
  readonly conditions: readonly ConditionDraft[];
  readonly onChange: (conditions: readonly ConditionDraft[]) => void;
}

export function ConditionsFieldset({ conditions, onChange }: ConditionsFieldsetProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const count = valueCount(conditions);
  const over = count > MAX_VALUES_PER_RULE;
  return (
    <fieldset className="edit-fieldset">
      <legend>
        Conditions: all must match <CfnName name="Conditions" />
      </legend>
      <p className={over ? 'edit-field-error' : 'edit-hint'}>
        {count} of {MAX_VALUES_PER_RULE} condition values used{over ? `: AWS refuses more than ${MAX_VALUES_PER_RULE}` : ''}. At most one each of path-pattern,
        host-header, http-request-method and source-ip; up to {MAX_WILDCARDS_PER_RULE} wildcards per rule.
      </p>
      {conditions.map((condition, i) => (
        <ConditionEditor
          key={i}
          index={i}
          draft={condition}
          onChange={(next) => onChange(conditions.map((old, j) => (j === i ? next : old)))}
          onRemove={() => {
            onChange(conditions.filter((_, j) => j !== i));
            addRef.current?.focus();
          }}
        />
      ))}
      <div className="elb-inline-buttons">
        <button ref={addRef} type="button" className="button-small" onClick={() => onChange([...conditions, emptyCondition(nextFreeField(conditions))])}>
          Add condition
        </button>
      </div>
    </fieldset>
  );
}
