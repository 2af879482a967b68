import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { loadScenarioLoader, useSim, useSimStore } from '../../store';
import type { ScenarioEntry, ScenarioSource } from '../scenarioSource';

export interface ScenarioPickerProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
}

/** The option for a world that is not one of the bundled files (imported, restored, from a link). */
const OPEN_NOW = '';

/** Keys that change a closed select's value one option at a time (and typing a letter, which jumps). */
function browses(event: KeyboardEvent<HTMLSelectElement>): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key) || event.key.length === 1;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The scenario on screen, and the bundled ones to open instead: choosing one opens it. Arrow keys on the closed list
 * only move through it (each press would otherwise replace the world, WCAG 3.2.2): Enter opens what they reached,
 * Escape or leaving the list goes back. A world that is not a bundled file shows under its own title.
 */
export function ScenarioPicker({ source, entries, listError }: ScenarioPickerProps) {
  const store = useSimStore();
  const current = useSim((state) => state.scenario.source);
  const title = useSim((state) => state.scenario.title);
  const [browsed, setBrowsed] = useState<string | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const keyed = useRef(false);
  const latest = useRef(0);
  const selectId = useId();
  const hintId = useId();
  const bundled = current !== null && entries.some((entry) => entry.file === current);
  const value = browsed ?? loading ?? (bundled ? current : OPEN_NOW);

  const open = async (file: string) => {
    setBrowsed(null);
    if (file === OPEN_NOW) return;
    const request = ++latest.current;
    setLoading(file);
    try {
      const text = await source.read(file);
      // The loader reads the template, and for YAML its reader too: fetched on a choice, not on the first frame.
      const loader = await loadScenarioLoader();
      if (loader.isYamlText(text)) await loader.loadYamlSupport();
      // A later choice wins over one still being fetched.
      if (request === latest.current) store.getState().loadTemplate(text, file);
    } catch (error) {
      if (request === latest.current) store.getState().reportLoadError(file, [`The file could not be fetched: ${message(error)}`]);
    } finally {
      if (request === latest.current) setLoading(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Enter' && browsed !== null) {
      event.preventDefault();
      void open(browsed);
    } else if (event.key === 'Escape' && browsed !== null) {
      event.preventDefault();
      event.stopPropagation();
      setBrowsed(null);
    } else {
      keyed.current = browses(event);
    }
  };

  return (
    <div className="picker">
      <label htmlFor={selectId} className="visually-hidden-narrow">
        Scenario
      </label>
      <select
        id={selectId}
        value={value}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const file = event.target.value;
          if (keyed.current) setBrowsed(file);
          else void open(file);
          keyed.current = false;
        }}
        onBlur={() => setBrowsed(null)}
        aria-describedby={hintId}
        aria-busy={loading !== null}
      >
        {!bundled ? (
          <optgroup label="Open now">
            <option value={OPEN_NOW}>{title}</option>
          </optgroup>
        ) : null}
        {entries.length > 0 ? (
          <optgroup label="Bundled scenarios">
            {entries.map((entry) => (
              <option key={entry.file} value={entry.file}>
                {entry.title}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <span id={hintId} className={browsed !== null || listError ? 'picker-hint' : 'visually-hidden'} role="status">
        {listError
          ? `The list of scenarios could not be read: ${listError}`
          : browsed !== null
            ? 'Enter opens it'
            : loading !== null
              ? 'Opening…'
              : 'Choosing a scenario opens it'}
      </span>
    </div>
  );
}
