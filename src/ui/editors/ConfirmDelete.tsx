/**
 * Deleting takes two steps: the button names what goes, the question says what goes with it, and only "Yes, ..."
 * sends the command. A refusal (ResourceInUse, ClusterContainsServicesException) stays beside the button in AWS's
 * words, and focus goes back to the button whenever nothing was deleted.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Command } from '../../engine';
import { EditIssues } from './EditIssues';
import { useEditAction } from './useEditAction';
import { LessonLockNote, useLessonLock } from '../lessons/index';
import './edits.css';

export interface ConfirmDeleteProps {
  /** "Delete listener", "Delete service". */
  readonly label: string;
  /** What will go, in a sentence. */
  readonly question: string;
  /** Default "Yes, delete listener"; "Yes, delete users" names the thing. */
  readonly confirmLabel?: string;
  readonly command: Command;
  /** Undo-history label. */
  readonly editLabel: string;
  readonly onDeleted?: () => void;
}

export function ConfirmDelete({ label, question, confirmLabel, command, editLabel, onDeleted }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const { issues, apply, clear } = useEditAction();
  const lockId = useId();
  const locked = useLessonLock([command.do]);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const stopAsking = () => {
    setAsking(false);
    queueMicrotask(() => startRef.current?.focus());
  };
  return (
    <div className="edit-delete">
      {asking ? (
        <div className="edit-confirm" role="group" aria-label={`${label}?`}>
          <p>{question}</p>
          <div className="edit-buttons">
            <button
              ref={confirmRef}
              type="button"
              className="edit-danger"
              onClick={() => {
                if (apply(command, editLabel)) {
                  setAsking(false);
                  onDeleted?.();
                } else stopAsking();
              }}
            >
              {confirmLabel ?? `Yes, ${label.toLowerCase()}`}
            </button>
            <button type="button" onClick={stopAsking}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="edit-danger-outline"
          disabled={locked !== null}
          aria-describedby={locked !== null ? lockId : undefined}
          onClick={() => {
            clear();
            setAsking(true);
          }}
        >
          {label}
        </button>
      )}
      <LessonLockNote reason={locked} id={lockId} />
      <EditIssues issues={issues} />
    </div>
  );
}
