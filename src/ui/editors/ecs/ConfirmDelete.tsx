/**
 * A delete in two steps: the button asks, the question says what will happen, and only "Yes, delete" sends it.
 * A refusal (AWS's exception) stays beside the button.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ScenarioIssue } from '../../../scenario/issues';
import { EditIssues } from '../EditIssues';
import './editors.css';

export interface ConfirmDeleteProps {
  /** "Delete service". */
  readonly label: string;
  readonly question: ReactNode;
  /** "Yes, delete users". */
  readonly confirmLabel: string;
  /** True when it was applied. */
  readonly onConfirm: () => boolean;
  readonly issues: readonly ScenarioIssue[];
}

export function ConfirmDelete({ label, question, confirmLabel, onConfirm, issues }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  useEffect(() => {
    // Cancel puts focus back where the keyboard user was.
    if (!asking && returnFocus) opener.current?.focus();
  }, [asking, returnFocus]);
  if (!asking) {
    return (
      <div className="ecs-delete">
        <button ref={opener} type="button" className="ecs-danger" onClick={() => setAsking(true)}>
          {label}
        </button>
        <EditIssues issues={issues} />
      </div>
    );
  }
  return (
    <div className="ecs-delete ecs-confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="ecs-actions">
        <button
          ref={confirm}
          type="button"
          className="ecs-danger"
          onClick={() => {
            setReturnFocus(!onConfirm());
            setAsking(false);
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          onClick={() => {
            setReturnFocus(true);
            setAsking(false);
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
