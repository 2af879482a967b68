/**
 * The frame every editor form shares: a real form named by its heading, the fields, the count of fields to fix,
 * what AWS said (inline, in its words) and Apply / Cancel. Enter in a field applies; Escape cancels, so the whole
 * form works from the keyboard.
 */
import { useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { CommandName } from '../../../engine';
import type { ScenarioIssue } from '../../../scenario';
import { LessonLockNote, useLessonLock } from '../../lessons/index';
import { EditIssues } from '../EditIssues';
import type { FieldErrors } from './draft';
import './form.css';

/** Announced when Apply finds fields it cannot read: nothing was sent. */
export function FieldProblems({ errors }: { readonly errors: FieldErrors }) {
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return (
    <p className="edit-field-error" role="alert">
      {count === 1 ? 'One field needs a fix' : `${count} fields need a fix`} before this can be sent to AWS.
    </p>
  );
}

export interface EditorFormProps {
  readonly title: string;
  /** One line under the title: what applying does. */
  readonly intro?: ReactNode;
  readonly applyLabel: string;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  /** What the validators said about the last Apply. */
  readonly issues: readonly ScenarioIssue[];
  /** The fields the last Apply could not read (each is also shown under its field). */
  readonly errors: FieldErrors;
  /** Extra buttons beside Apply (e.g. "Register only"). */
  readonly moreActions?: ReactNode;
  /** The commands Apply gives: while a lesson's step locks one, Apply is off and the form says why. */
  readonly sends?: readonly CommandName[];
  readonly children: ReactNode;
}

const NONE: readonly CommandName[] = [];

export function EditorForm({ title, intro, applyLabel, onApply, onCancel, issues, errors, moreActions, sends = NONE, children }: EditorFormProps) {
  const headingId = useId();
  const locked = useLessonLock(sends);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked === null) onApply();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here closes the form instead of clearing the inspector's selection.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className="edit-form" aria-labelledby={headingId} onSubmit={submit} onKeyDown={escape} noValidate>
      <h4 id={headingId} className="edit-form-title">
        {title}
      </h4>
      {intro ? <p className="edit-intro">{intro}</p> : null}
      <LessonLockNote reason={locked} id={`${headingId}-locked`} />
      {children}
      <FieldProblems errors={errors} />
      <EditIssues issues={issues} />
      <div className="edit-actions">
        <button type="submit" className="primary" disabled={locked !== null} aria-describedby={locked !== null ? `${headingId}-locked` : undefined}>
          {applyLabel}
        </button>
        {moreActions}
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
