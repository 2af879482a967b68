/**
 * The editors' fields, one kit for every editor. Each control is named by its label alone ("Desired count" stays
 * "Desired count" for a screen reader and a test); the CloudFormation property name, the hint and the field's own
 * problem are secondary text it is described by. A problem marks the control invalid and is shown under it.
 */
import { Fragment, useId, type ReactNode } from 'react';
import './form.css';

interface FieldBase {
  readonly label: string;
  /** CloudFormation's property name (or path), e.g. "DesiredCount", "HealthCheck.Command". */
  readonly cfn?: string | undefined;
  /** What AWS allows, or what the field does. */
  readonly hint?: ReactNode;
  /** This field's problem, found before AWS is asked (e.g. not a number, PriorityInUse). */
  readonly error?: string | undefined;
}

/** A long property path breaks after its dots, not in the middle of a name, in a narrow column. */
export function CfnName({ name, id }: { readonly name: string; readonly id?: string }) {
  const parts = name.split('.');
  return (
    <span id={id} className="edit-cfn mono">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              .<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}

function describedBy(id: string, field: FieldBase): string | undefined {
  return [field.cfn ? `${id}-cfn` : null, field.hint ? `${id}-hint` : null, field.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The label with the CloudFormation name beside it (under it where the field shares a row). */
function Head({ id, field }: { readonly id: string; readonly field: FieldBase }) {
  return (
    <div className="edit-field-head">
      <label htmlFor={id}>{field.label}</label>
      {field.cfn ? <CfnName id={`${id}-cfn`} name={field.cfn} /> : null}
    </div>
  );
}

function Notes({ id, field, withCfn = false }: { readonly id: string; readonly field: FieldBase; readonly withCfn?: boolean }) {
  return (
    <>
      {withCfn && field.cfn ? <CfnName id={`${id}-cfn`} name={field.cfn} /> : null}
      {field.hint ? (
        <span id={`${id}-hint`} className="edit-hint">
          {field.hint}
        </span>
      ) : null}
      {field.error ? (
        <span id={`${id}-error`} className="edit-field-error">
          {field.error}
        </span>
      ) : null}
    </>
  );
}

export interface TextFieldProps extends FieldBase {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Whole numbers get a numeric keyboard; the text is still read as typed. */
  readonly numeric?: boolean;
  /** Suggested values (a datalist): shown as choices, any value can still be typed. */
  readonly suggestions?: readonly string[] | undefined;
  readonly placeholder?: string;
  readonly multiline?: boolean;
  /** Text matched literally (paths, hosts, images, commands) reads in the monospace font. */
  readonly mono?: boolean;
  /** A few characters wide (ports, counts, codes) instead of the column's width. */
  readonly size?: 'short';
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const { value, onChange, numeric, suggestions, placeholder, multiline, mono, size } = props;
  const common = {
    id,
    value,
    placeholder,
    className: [mono ? 'mono' : null, size === 'short' ? 'edit-input-short' : null].filter(Boolean).join(' ') || undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props),
  };
  const listed = suggestions !== undefined && suggestions.length > 0;
  return (
    <div className="edit-field">
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
          list={listed ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {listed ? (
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
    <div className="edit-field">
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

/** The box before its label; the CloudFormation name, hint and problem under the label. */
export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="edit-field edit-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <Notes id={id} field={props} withCfn />
    </div>
  );
}
