/**
 * A one-setting form applied in place, without opening anything: the field and its button on one line where
 * there is room, then the field's problem and AWS's answer. Its heading is for screen readers; the field's label
 * says the rest.
 */
import { useId, type FormEvent, type ReactNode } from 'react';
import type { CommandName } from '../../../engine';
import type { ScenarioIssue } from '../../../scenario';
import { LessonLockNote, useLessonLock } from '../../lessons/index';
import { EditIssues } from '../EditIssues';
import type { FieldErrors } from './draft';
import { FieldProblems } from './EditorForm';
import './form.css';

export interface InlineFormProps {
  readonly title: string;
  readonly applyLabel: string;
  readonly onApply: () => void;
  readonly issues: readonly ScenarioIssue[];
  readonly errors: FieldErrors;
  /** The command Apply gives: while a lesson's step locks it, Apply is off and the form says why. */
  readonly sends: CommandName;
  /** The field. */
  readonly children: ReactNode;
}

export function InlineForm({ title, applyLabel, onApply, issues, errors, sends, children }: InlineFormProps) {
  const headingId = useId();
  const locked = useLessonLock([sends]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked === null) onApply();
  };
  return (
    <form className="edit-inline" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId} className="visually-hidden">
        {title}
      </h4>
      <div className="edit-inline-row">
        {children}
        <button type="submit" disabled={locked !== null} aria-describedby={locked !== null ? `${headingId}-locked` : undefined}>
          {applyLabel}
        </button>
      </div>
      <LessonLockNote reason={locked} id={`${headingId}-locked`} />
      <FieldProblems errors={errors} />
      <EditIssues issues={issues} />
    </form>
  );
}
