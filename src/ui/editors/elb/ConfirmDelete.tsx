/**
 * Deleting takes two steps: the button names what goes, the confirmation says what goes with it. A refusal
 * (ResourceInUse, OperationNotPermitted) stays beside the button in AWS's words.
 */
import { useEffect, useRef, useState } from 'react';
import type { Command } from '../../../engine/commands';
import { EditIssues } from '../EditIssues';
import { useDraftEdit } from './useDraftEdit';

export interface ConfirmDeleteProps {
  /** "Delete listener", "Delete target group". */
  readonly label: string;
  /** What will go, in a sentence. */
  readonly consequence: string;
  readonly command: Command;
  /** Undo-history label. */
  readonly editLabel: string;
  readonly onDeleted?: () => void;
}

export function ConfirmDelete({ label, consequence, command, editLabel, onDeleted }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const { issues, apply, clear } = useDraftEdit();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    queueMicrotask(() => startRef.current?.focus());
  };
  return (
    <div className="elb-delete">
      {asking ? (
        <div className="elb-confirm" role="group" aria-label={`${label}?`}>
          <p>{consequence}</p>
          <div className="elb-buttons">
            <button
              ref={confirmRef}
              type="button"
              className="elb-danger"
              onClick={() => {
                if (apply(command, editLabel)) onDeleted?.();
                else cancel();
              }}
            >
              Yes, {label.toLowerCase()}
            </button>
            <button type="button" className="button-secondary" onClick={cancel}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="elb-danger-outline"
          onClick={() => {
            clear();
            setAsking(true);
          }}
        >
          {label}
        </button>
      )}
      <EditIssues issues={issues} />
    </div>
  );
}
