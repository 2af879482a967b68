/**
 * Lesson progress as a file: "Export progress" saves it as JSON; "Import progress" reads one back and merges it with
 * what this browser has (whatever either has done is done), so importing never loses progress. A file that is not
 * progress is refused with the reason.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { ProgressStore } from '../../session/progress/progressStore';
import { downloadBlob } from '../io/download';

export const PROGRESS_FILE_NAME = 'ecs-orchestra-lesson-progress.json';

type Outcome = { readonly ok: boolean; readonly text: string } | null;

export function ProgressFiles({ progress }: { readonly progress: ProgressStore }) {
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onExport = () => {
    downloadBlob(new Blob([progress.exportText()], { type: 'application/json' }), PROGRESS_FILE_NAME);
    setOutcome({ ok: true, text: `Progress saved as ${PROGRESS_FILE_NAME}.` });
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setOutcome({ ok: false, text: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` });
      return;
    } finally {
      input.value = '';
    }
    const result = await progress.importText(text);
    setOutcome(result.ok ? { ok: true, text: `Progress from ${file.name} imported, merged with this browser's.` } : { ok: false, text: `${file.name} was not imported. ${result.reason}` });
  };

  return (
    <div className="lesson-progress-files" role="group" aria-label="Progress file">
      <button type="button" className="button-secondary" onClick={onExport}>
        Export progress
      </button>
      <label htmlFor={inputId} className="lesson-import-label">
        Import progress
      </label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={(event) => void onImport(event)} />
      <p role="status" className="hint">
        {outcome?.ok ? outcome.text : ''}
      </p>
      <div role="alert">{outcome?.ok === false ? <p className="form-error">{outcome.text}</p> : null}</div>
    </div>
  );
}
