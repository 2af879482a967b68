import { useId, useState, type FormEvent } from 'react';
import { useSim, useSimStore } from '../store';
import type { ScenarioEntry, ScenarioSource } from './scenarioSource';

export interface ScenarioPickerProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Choosing an option does not load it: a separate Load button keeps arrow keys on the select from swapping
 * worlds under the user (WCAG 3.2.2).
 */
export function ScenarioPicker({ source, entries, listError }: ScenarioPickerProps) {
  const store = useSimStore();
  const current = useSim((state) => state.scenario.source);
  const [chosen, setChosen] = useState<string>(current ?? entries[0]?.file ?? '');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const hintId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    try {
      const text = await source.read(chosen);
      store.getState().loadTemplate(text, chosen);
    } catch (error) {
      store.getState().reportLoadError(chosen, [`The file could not be fetched: ${message(error)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="picker" onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={selectId}>Scenario</label>
      <div className="picker-row">
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          disabled={entries.length === 0}
          aria-describedby={listError ? hintId : undefined}
        >
          {entries.length === 0 ? <option value="">No bundled scenarios</option> : null}
          {entries.map((entry) => (
            <option key={entry.file} value={entry.file}>
              {entry.title}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || entries.length === 0}>
          {busy ? 'Loading…' : 'Load'}
        </button>
      </div>
      {listError ? (
        <p className="hint" id={hintId}>
          The list of scenarios could not be read: {listError}
        </p>
      ) : null}
    </form>
  );
}
