/**
 * Labelled inputs for the load-balancer editors: the label in words, the CloudFormation property name as secondary
 * text (the way the inspector shows configuration), and what AWS allows as a hint the input is described by.
 */
import { Fragment, useId, type ReactNode } from 'react';

/** A long property path breaks after its dots, not in the middle of a name, in a narrow column. */
export function CfnName({ name }: { readonly name: string }) {
  const parts = name.split('.');
  return (
    <span className="elb-cfn mono">
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

interface FieldFrame {
  readonly label: ReactNode;
  /** CloudFormation / API property name, shown small beside the label. */
  readonly cfn?: string;
  readonly hint?: ReactNode;
  /** A problem with this field found before Apply (e.g. a priority in use). */
  readonly problem?: ReactNode;
  readonly className?: string;
}

function Frame({ id, frame, children }: { readonly id: string; readonly frame: FieldFrame; readonly children: ReactNode }) {
  return (
    <div className={`elb-field ${frame.className ?? ''}`}>
      <label htmlFor={id}>
        {frame.label}
        {frame.cfn ? <CfnName name={frame.cfn} /> : null}
      </label>
      {children}
      {frame.hint ? (
        <p id={`${id}-hint`} className="elb-hint">
          {frame.hint}
        </p>
      ) : null}
      {frame.problem ? (
        <p id={`${id}-problem`} className="elb-problem">
          {frame.problem}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, frame: FieldFrame): string | undefined {
  return [frame.hint ? `${id}-hint` : null, frame.problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
}

export interface TextFieldProps extends FieldFrame {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Whole numbers get a numeric keyboard; the text is still read as typed. */
  readonly numeric?: boolean;
  readonly multiline?: boolean;
  readonly size?: 'short' | 'long';
  readonly placeholder?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-describedby': describedBy(id, props),
    'aria-invalid': props.problem ? true : undefined,
    className: props.size === 'short' ? 'elb-input elb-input-short' : 'elb-input',
  };
  return (
    <Frame id={id} frame={props}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.numeric ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Frame>
  );
}

export interface SelectFieldProps<T extends string> extends FieldFrame {
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  return (
    <Frame id={id} frame={props}>
      <select
        id={id}
        className="elb-select"
        value={props.value}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => props.onChange(props.options.find((o) => o.value === event.target.value)?.value ?? props.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Apply and Cancel, at the end of every editor form. */
export function FormButtons({ apply, onCancel }: { readonly apply: string; readonly onCancel: () => void }) {
  return (
    <div className="elb-buttons">
      <button type="submit" className="primary">
        {apply}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
