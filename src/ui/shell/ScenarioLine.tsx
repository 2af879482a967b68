import { useId, useRef, useState } from 'react';
import { useSim } from '../../store';
import { ScenarioNotes } from './ScenarioNotes';

/**
 * The scenario's title (the page's heading: the picker shows it to the eye) and its description on one line, with
 * "More" for the whole of it and the loader's notes, in a panel that hangs over the stage instead of pushing it down.
 */
export function ScenarioLine() {
  const title = useSim((state) => state.scenario.title);
  const summary = useSim((state) => state.scenario.summary);
  const notes = useSim((state) => state.scenario.warnings.length + state.scenario.notSimulated.length);
  const generation = useSim((state) => state.generation);
  // Open for one world: another world's description starts folded.
  const [openFor, setOpenFor] = useState<number | null>(null);
  const open = openFor === generation;
  const setOpen = (next: boolean) => setOpenFor(next ? generation : null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <div
      className="scenario-line"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <h1 className="visually-hidden">{title}</h1>
      <p className="scenario-summary">{summary || 'No description.'}</p>
      {summary || notes > 0 ? (
        <button
          ref={buttonRef}
          type="button"
          className="button-secondary scenario-more-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
          {notes > 0 ? (
            <>
              <span className="scenario-notes-mark" aria-hidden="true">
                {notes}
              </span>
              <span className="visually-hidden">, {notes === 1 ? 'one note' : `${notes} notes`}</span>
            </>
          ) : null}
        </button>
      ) : null}
      <div
        id={panelId}
        className="scenario-more"
        role="region"
        aria-label="About this scenario"
        hidden={!open}
      >
        <p>{summary}</p>
        <ScenarioNotes />
      </div>
    </div>
  );
}
