/**
 * The frame every ECS editor shares: a real form named by its heading, the fields, what AWS said (inline, in its
 * words) and Apply / Cancel. Enter in a field applies; Escape cancels, so the whole form works from the keyboard.
 */
import { useId, type FormEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { ScenarioIssue } from '../../../scenario';
import { EditIssues } from '../EditIssues';
import './editors.css';

export interface EditorFormProps {
  readonly title: string;
  /** One line under the title: what applying does. */
  readonly intro?: ReactNode;
  readonly applyLabel: string;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  readonly issues: readonly ScenarioIssue[];
  /** Extra buttons beside Apply (e.g. "Register and deploy"). */
  readonly moreActions?: ReactNode;
  /** Field problems the form found before asking AWS. */
  readonly fieldProblems?: number;
  readonly children: ReactNode;
}

export function EditorForm({ title, intro, applyLabel, onApply, onCancel, issues, moreActions, fieldProblems = 0, children }: EditorFormProps) {
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here closes the form instead of clearing the inspector's selection.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className="ecs-form" aria-labelledby={headingId} onSubmit={submit} onKeyDown={escape} noValidate>
      <h4 id={headingId} className="ecs-form-title">
        {title}
      </h4>
      {intro ? <p className="ecs-intro">{intro}</p> : null}
      {children}
      {fieldProblems > 0 ? (
        <p className="ecs-field-error" role="alert">
          {fieldProblems === 1 ? 'One field needs a fix' : `${fieldProblems} fields need a fix`} before this can be sent to AWS.
        </p>
      ) : null}
      <EditIssues issues={issues} />
      <div className="ecs-actions">
        <button type="submit" className="primary">
          {applyLabel}
        </button>
        {moreActions}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A button that shows or hides an editor below it. */
export interface DisclosureButtonProps {
  readonly label: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly controls?: string;
  /** Where focus goes back when the editor closes. */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

export function DisclosureButton({ label, open, onToggle, controls, buttonRef }: DisclosureButtonProps) {
  return (
    <button ref={buttonRef} type="button" className="ecs-disclosure" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      {label}
    </button>
  );
}
