import { useEffect, useId, useRef } from 'react';
import type { Command } from '../../../engine';
import { useSim } from '../../../store';

export interface CommandButton {
  /** Stable key, also the button's data-action. */
  readonly action: string;
  /** The button's name, the same in both lenses. */
  readonly label: string;
  /** Null when the command applies, else why it does not. */
  readonly why: string | null;
  /** What pressing it does, shown while it is enabled. */
  readonly effect: string;
  readonly command: Command;
}

export interface CommandButtonsProps {
  readonly heading: string;
  readonly buttons: readonly CommandButton[];
}

/**
 * Changes to the world through commands only, so every press is logged and replays. A disabled button says why
 * beside it, and is described by that note.
 */
export function CommandButtons({ heading, buttons }: CommandButtonsProps) {
  const dispatch = useSim((state) => state.dispatch);
  const base = useId();
  const group = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  // A press can disable the pressed button (a crashed task takes no more faults); keep keyboard focus in the group.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) group.current?.focus();
  });

  return (
    <div className="controls" role="group" aria-label={heading} ref={group} tabIndex={-1}>
      <p className="controls-title">{heading}</p>
      <div className="control-buttons">
        {buttons.map((button) => (
          <button
            key={button.action}
            type="button"
            disabled={button.why !== null}
            aria-describedby={`${base}-${button.action}`}
            data-action={button.action}
            onClick={() => {
              refocus.current = true;
              dispatch(button.command);
            }}
          >
            {button.label}
          </button>
        ))}
      </div>
      <ul className="control-notes">
        {buttons.map((button) => (
          <li key={button.action} id={`${base}-${button.action}`} data-disabled={button.why !== null}>
            <span className="control-note-name">{button.label}:</span> {button.why === null ? button.effect : `not now, ${button.why}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
