import { useId, useState, type FormEvent } from 'react';

export interface NumberCommandFormProps {
  /** The input's label, e.g. "Desired count". */
  readonly label: string;
  /** The button's name, e.g. "Set desired count". */
  readonly action: string;
  readonly initial: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer: boolean;
  readonly onSubmit: (value: number) => void;
  readonly hint?: string;
}

/** The number typed, or null when it is empty, not a number, out of range or (integer) not whole. */
export function parseNumber(text: string, min: number, max: number, integer: boolean): number | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return null;
  return value;
}

export function rangeMessage(min: number, max: number, integer: boolean): string {
  return `Enter ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`;
}

/** A labelled number input and a button; Enter submits too. Invalid input is explained, never sent. */
export function NumberCommandForm({ label, action, initial, min, max, integer, onSubmit, hint }: NumberCommandFormProps) {
  const id = useId();
  const [text, setText] = useState(String(initial));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseNumber(text, min, max, integer);
    if (value === null) {
      setError(rangeMessage(min, max, integer));
      return;
    }
    setError(null);
    onSubmit(value);
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <form className="number-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <div className="number-form-row">
        <input
          id={id}
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          min={min}
          max={max}
          step={integer ? 1 : 'any'}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{action}</button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
