/**
 * Labelled form fields for the ECS editors. The CloudFormation property name is secondary text the field is
 * described by (not part of its name, so "Desired count" stays "Desired count" for a screen reader and a test);
 * a field's own problem is shown under it and marks it invalid.
 */
import { useId, type ReactNode } from 'react';

interface FieldBase {
  readonly label: string;
  /** CloudFormation's property name, e.g. "DesiredCount". */
  readonly cfn?: string;
  readonly hint?: ReactNode;
  readonly error?: string;
}

function describedBy(id: string, field: FieldBase): string | undefined {
  return [field.cfn ? `${id}-cfn` : null, field.hint ? `${id}-hint` : null, field.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The label with the CloudFormation name on the same line (wrapping under it when narrow). */
function Head({ id, field }: { readonly id: string; readonly field: FieldBase }) {
  return (
    <div className="ecs-field-head">
      <label htmlFor={id}>{field.label}</label>
      {field.cfn ? (
        <span id={`${id}-cfn`} className="ecs-cfn mono">
          {field.cfn}
        </span>
      ) : null}
    </div>
  );
}

function Notes({ id, field, withCfn = false }: { readonly id: string; readonly field: FieldBase; readonly withCfn?: boolean }) {
  return (
    <>
      {withCfn && field.cfn ? (
        <span id={`${id}-cfn`} className="ecs-cfn mono">
          {field.cfn}
        </span>
      ) : null}
      {field.hint ? (
        <span id={`${id}-hint`} className="ecs-hint">
          {field.hint}
        </span>
      ) : null}
      {field.error ? (
        <span id={`${id}-error`} className="ecs-field-error">
          {field.error}
        </span>
      ) : null}
    </>
  );
}

export interface TextFieldProps extends FieldBase {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly numeric?: boolean;
  /** Suggested values (a datalist): shown as choices, any value can still be typed. */
  readonly suggestions?: readonly string[];
  readonly placeholder?: string;
  readonly multiline?: boolean;
  readonly mono?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const { value, onChange, numeric, suggestions, placeholder, multiline, mono } = props;
  const common = {
    id,
    value,
    placeholder,
    className: mono ? 'mono' : undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props),
  };
  return (
    <div className="ecs-field">
      <Head id={id} field={props} />
      {multiline ? (
        <textarea {...common} rows={3} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          list={suggestions && suggestions.length > 0 ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions && suggestions.length > 0 ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <Notes id={id} field={props} />
    </div>
  );
}

export interface SelectFieldProps<T extends string> extends FieldBase {
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly options: readonly { readonly value: T; readonly label: string }[];
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  const { value, onChange, options } = props;
  return (
    <div className="ecs-field">
      <Head id={id} field={props} />
      <select
        id={id}
        value={value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        // The options are exactly T's values, so the DOM's string is one of them.
        onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value ?? value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Notes id={id} field={props} />
    </div>
  );
}

export interface CheckboxFieldProps extends FieldBase {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="ecs-field ecs-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <Notes id={id} field={props} withCfn />
    </div>
  );
}
