/** One rule condition: its field, the header name for http-header, and its values (any one may match). */
import { useId, useRef } from 'react';
import type { ConditionField } from '../../../engine';
import { CONDITION_FIELDS, CONDITION_HELP, CONDITION_NAMES, type ConditionDraft, type QueryPairDraft } from './conditionDraft';
import { CfnName, SelectField, TextField } from '../form/fields';
import './editors.css';

export interface ConditionEditorProps {
  readonly index: number;
  readonly draft: ConditionDraft;
  readonly onChange: (draft: ConditionDraft) => void;
  readonly onRemove: () => void;
}

const FIELD_OPTIONS = CONDITION_FIELDS.map((field) => ({ value: field, label: field }));

function without<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export function ConditionEditor({ index, draft, onChange, onRemove }: ConditionEditorProps) {
  const hintId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const n = index + 1;
  const names = CONDITION_NAMES[draft.field];
  const query = draft.field === 'query-string';
  const rows = query ? draft.pairs.length : draft.values.length;
  // The button under the pointer goes away; focus stays in the condition, on its "Add value".
  const removeRow = (j: number) => {
    onChange(query ? { ...draft, pairs: without(draft.pairs, j) } : { ...draft, values: without(draft.values, j) });
    addRef.current?.focus();
  };
  const addRow = () => onChange(query ? { ...draft, pairs: [...draft.pairs, { key: '', value: '' }] } : { ...draft, values: [...draft.values, ''] });
  const setPair = (j: number, pair: QueryPairDraft) => onChange({ ...draft, pairs: replaced(draft.pairs, j, pair) });

  return (
    <fieldset className="edit-fieldset elb-condition" aria-describedby={hintId}>
      <legend>
        Condition {n}: {names.label} <CfnName name={`Conditions[${index}]`} />
      </legend>
      <SelectField<ConditionField>
        label="Field"
        cfn="Field"
        value={draft.field}
        options={FIELD_OPTIONS}
        onChange={(field) => onChange({ ...draft, field })}
      />
      <p id={hintId} className="edit-hint">
        {CONDITION_HELP[draft.field]}
      </p>
      {draft.field === 'http-header' ? (
        <TextField
          label="Header name"
          cfn="HttpHeaderConfig.HttpHeaderName"
          mono
          value={draft.headerName}
          onChange={(headerName) => onChange({ ...draft, headerName })}
        />
      ) : null}
      <ul className="elb-rows" aria-label={`Condition ${n} values, any one may match`}>
        {Array.from({ length: rows }, (_, j) => (
          <li key={j} className="elb-row">
            {query ? (
              <>
                <TextField
                  label={`Key ${j + 1} (optional)`}
                  value={draft.pairs[j]!.key}
                  mono
                  size="short"
                  onChange={(key) => setPair(j, { ...draft.pairs[j]!, key })}
                />
                <TextField
                  label={`Value ${j + 1}`}
                  cfn={j === 0 ? names.cfn : undefined}
                  value={draft.pairs[j]!.value}
                  mono
                  onChange={(value) => setPair(j, { ...draft.pairs[j]!, value })}
                />
              </>
            ) : (
              <TextField
                label={`Value ${j + 1}`}
                cfn={j === 0 ? names.cfn : undefined}
                value={draft.values[j]!}
                mono
                onChange={(value) => onChange({ ...draft, values: replaced(draft.values, j, value) })}
              />
            )}
            <button type="button" className="button-small elb-remove" aria-label={`Remove value ${j + 1} of condition ${n}`} onClick={() => removeRow(j)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="elb-inline-buttons">
        <button ref={addRef} type="button" className="button-small" onClick={addRow}>
          Add value
        </button>
        <button type="button" className="button-small" onClick={onRemove}>
          Remove condition {n}
        </button>
      </div>
    </fieldset>
  );
}
