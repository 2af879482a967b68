import { useId, useState, type FormEvent } from 'react';
import type { Command, CommandCheck } from '../../../engine';
import { useSim } from '../../../store';
import { LessonLockNote, useLessonLock } from '../../lessons/index';

export interface NumberCommandFormProps<C extends Command> {
  /** The input's label, e.g. "Desired count". */
  readonly label: string;
  /** The button's name, e.g. "Set desired count". */
  readonly action: string;
  readonly initial: number;
  /** This control's own ceiling, so the stage stays readable (what the engine accepts is the engine's to say). */
  readonly max: number;
  /** Whole numbers expected: the keyboard and the arrows step by one. */
  readonly integer: boolean;
  /** The command a value stands for; the engine judges it before anything is sent. */
  readonly commandFor: (value: number) => C;
  /** Sends it; returns why it was not applied, or null. */
  readonly onSubmit: (command: C) => string | null;
  readonly hint?: string;
}

export type NumberJudgement<C extends Command> = { readonly ok: true; readonly value: number; readonly command: C } | { readonly ok: false; readonly error: string };

/**
 * The number typed, judged: not a number is the form's to say, what the engine refuses is the engine's reason
 * (Simulation.check), and above `max` is this control's ceiling.
 */
export function judgeNumber<C extends Command>(
  text: string,
  max: number,
  commandFor: (value: number) => C,
  check: (command: Command) => CommandCheck,
): NumberJudgement<C> {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return { ok: false, error: 'Enter a number.' };
  const command = commandFor(value);
  const answer = check(command);
  if (!answer.allowed) return { ok: false, error: answer.reason };
  if (value > max) return { ok: false, error: `At most ${max} here, so the stage stays readable.` };
  return { ok: true, value, command };
}

/** A labelled number input and a button; Enter submits too. What would be refused is explained, never sent. */
export function NumberCommandForm<C extends Command>({ label, action, initial, max, integer, commandFor, onSubmit, hint }: NumberCommandFormProps<C>) {
  const id = useId();
  const check = useSim((state) => state.check);
  const locked = useLessonLock([commandFor(initial).do]);
  const [text, setText] = useState(String(initial));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const judged = judgeNumber(text, max, commandFor, check);
    setError(judged.ok ? onSubmit(judged.command) : judged.error);
  };

  const describedBy = [hint ? `${id}-hint` : null, locked ? `${id}-locked` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <form className="number-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <div className="number-form-row">
        <input
          id={id}
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          max={max}
          step={integer ? 1 : 'any'}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={locked !== null} aria-describedby={locked ? `${id}-locked` : undefined}>
          {action}
        </button>
      </div>
      <LessonLockNote reason={locked} id={`${id}-locked`} />
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
