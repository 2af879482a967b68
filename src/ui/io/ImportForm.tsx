import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { loadYamlSupport, type ScenarioIssue } from '../../scenario';
import { openSessionInStore } from '../../session/storeSession';
import { useSimStore } from '../../store';
import { BundledExamples } from './BundledExamples';
import type { BundleSource } from './bundleList';
import { importWorld } from './importWorld';
import { IssueList } from './IssueList';
import { loadLessonText, useLessonLibrary } from '../lessons/index';
import { fetchScenarioSource } from '../scenarioSource';
import { droppedFiles, fileName, isTemplateName, readTexts, TEMPLATE_ACCEPT, type NamedText } from './readFiles';

type Picked = { readonly name: string; readonly file: File };

export interface ImportFormProps {
  /** Where the bundled examples come from (the app's public folder unless a test says otherwise). */
  readonly bundles?: BundleSource | undefined;
  /** A world was loaded: the dialog closes and says so. */
  readonly onLoaded: (title: string) => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Import dialog's form: templates from files, a folder or a drop, with an optional parameter file, or a bundled
 * example. The world changes only when everything loads; otherwise every problem is listed with its place and the
 * world stays. Loaded when the dialog first opens, with the YAML reader.
 */
export default function ImportForm({ bundles, onLoaded }: ImportFormProps) {
  const store = useSimStore();
  const library = useLessonLibrary();
  const [files, setFiles] = useState<readonly Picked[]>([]);
  const [parameters, setParameters] = useState<Picked | null>(null);
  const [errors, setErrors] = useState<readonly ScenarioIssue[]>([]);
  const [warnings, setWarnings] = useState<readonly ScenarioIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const filesId = useId();
  const folderId = useId();
  const paramsId = useId();

  const add = (picked: readonly Picked[]) => {
    setErrors([]);
    setFiles((current) => [...current.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  };

  const apply = async (loaded: NamedText[], parameterFile: NamedText | null): Promise<boolean> => {
    await loadYamlSupport();
    const result = importWorld(loaded, parameterFile);
    if (result.kind === 'failed') {
      setErrors(result.errors);
      setWarnings(result.warnings);
      return false;
    }
    if (result.kind === 'lesson') return openLesson(result.file);
    const state = store.getState();
    const ok =
      result.kind === 'world'
        ? state.load(result.spec, { title: result.spec.title, summary: result.spec.summary, ...result.meta })
        : openSessionInStore(store, result.doc, { source: result.source }).ok;
    if (!ok) {
      const failure = store.getState().loadError;
      store.getState().clearLoadError();
      setErrors((failure?.messages ?? ['The world could not be started.']).map((text) => ({ severity: 'error', resource: failure?.source ?? 'Import', path: '', message: text })));
      return false;
    }
    onLoaded(store.getState().scenario.title);
    return true;
  };

  /** A lesson file: validated by the lesson loader (against the bundled scenario it names), then opened at step 1. */
  const openLesson = async (file: NamedText): Promise<boolean> => {
    const loaded = await loadLessonText(file.text, file.name, library?.scenarios ?? fetchScenarioSource());
    if (!loaded.ok) {
      setErrors(loaded.messages.map((text) => ({ severity: 'error', resource: 'Lesson', path: '', message: text })));
      setWarnings([]);
      return false;
    }
    const state = store.getState();
    if (!state.openLesson(loaded.lesson)) {
      const failure = store.getState().loadError;
      store.getState().clearLoadError();
      setErrors((failure?.messages ?? ['The lesson\'s world could not be started.']).map((text) => ({ severity: 'error', resource: 'Lesson', path: '', message: text })));
      return false;
    }
    state.play();
    onLoaded(loaded.lesson.title[state.lens]);
    return true;
  };

  const onLoad = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await apply(await readTexts(files), parameters ? (await readTexts([parameters]))[0] ?? null : null);
    } catch (error) {
      setErrors([{ severity: 'error', resource: 'Import', path: '', message: `The files could not be read: ${message(error)}` }]);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    try {
      add(await droppedFiles(event.dataTransfer));
    } catch (error) {
      setErrors([{ severity: 'error', resource: 'Import', path: '', message: `The dropped files could not be read: ${message(error)}` }]);
    }
  };

  return (
    <>
      <form className="io-form" onSubmit={(event) => void onLoad(event)}>
        <p className="hint">CloudFormation templates in JSON or YAML: one, or several stacks joined by exports or nested stacks. Or a lesson file, which opens in the Lesson tab.</p>
        <div className="io-pickers">
          <label htmlFor={filesId}>Choose files</label>
          <input id={filesId} type="file" multiple accept={TEMPLATE_ACCEPT} onChange={(e) => add(Array.from(e.target.files ?? []).map((file) => ({ name: fileName(file), file })))} />
          <label htmlFor={folderId}>Choose a folder</label>
          <input
            id={folderId}
            type="file"
            {...{ webkitdirectory: '' }}
            onChange={(e) => add(Array.from(e.target.files ?? []).filter((f) => isTemplateName(f.name)).map((file) => ({ name: fileName(file), file })))}
          />
        </div>
        <div
          className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => void onDrop(e)}
        >
          Or drop files or a folder here.
        </div>
        <label htmlFor={paramsId}>Parameter file (optional)</label>
        <input id={paramsId} type="file" accept=".json,.yaml,.yml" onChange={(e) => {
          const file = e.target.files?.[0];
          setParameters(file ? { name: fileName(file), file } : null);
        }} />
        <h3>Files to load</h3>
        {files.length === 0 ? (
          <p className="empty">No files chosen yet.</p>
        ) : (
          <ul className="io-files" aria-label="Files to load">
            {files.map((f) => (
              <li key={f.name}>
                <span className="mono">{f.name}</span>
                <button type="button" className="button-secondary" aria-label={`Remove ${f.name}`} onClick={() => setFiles((c) => c.filter((x) => x !== f))}>
                  Remove
                </button>
              </li>
            ))}
            {parameters ? <li><span className="mono">{parameters.name}</span> (parameters)</li> : null}
          </ul>
        )}
        <div role="alert" className={errors.length > 0 ? 'io-errors' : undefined}>
          {errors.length > 0 ? (
            <>
              <p>
                <strong>Not loaded: {errors.length === 1 ? 'one problem' : `${errors.length} problems`}.</strong> The current world is unchanged.
              </p>
              <IssueList issues={errors} label="Problems" />
            </>
          ) : null}
        </div>
        {errors.length > 0 && warnings.length > 0 ? <IssueList issues={warnings} label="Warnings" /> : null}
        <button type="submit" className="primary" disabled={busy || files.length === 0}>
          {busy ? 'Loading…' : 'Load'}
        </button>
      </form>
      <BundledExamples {...(bundles ? { source: bundles } : {})} onLoad={apply} onError={(text) => setErrors([{ severity: 'error', resource: 'Import', path: '', message: text }])} />
    </>
  );
}
