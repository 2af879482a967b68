/**
 * How the simulated app behaves: not part of a real task definition (it is what the image does), kept in the
 * template's Metadata.EcsOrchestra. This is where the teaching faults live: slow starts, errors, a bad image.
 */
import { editorWords } from '../../../lens/editorWords';
import { INSTRUMENTS, type Lens } from '../../../lens/vocabulary';
import type { AppDraft } from './appDraft';
import { CheckboxField, SelectField, TextField } from '../form/fields';
import type { FieldErrors } from '../form/draft';
import './editors.css';

export function AppBehaviourFields({ draft, onChange, errors, lens }: { readonly draft: AppDraft; readonly onChange: (draft: AppDraft) => void; readonly errors: FieldErrors; readonly lens: Lens }) {
  const set = (patch: Partial<AppDraft>) => onChange({ ...draft, ...patch });
  const instruments = [{ value: '', label: 'Let the stage choose' }, ...INSTRUMENTS.map((i) => ({ value: i, label: i }))];
  return (
    <fieldset className="edit-fieldset">
      <legend>How the app behaves (simulator)</legend>
      <div className="edit-row ecs-row-3">
        <TextField label="Startup (s)" cfn="Metadata: startupSeconds" numeric value={draft.startupSeconds} onChange={(startupSeconds) => set({ startupSeconds })} error={errors['app.startupSeconds']} hint="Until it answers requests." />
        <TextField label="Latency (ms)" cfn="Metadata: latencyMs" numeric value={draft.latencyMs} onChange={(latencyMs) => set({ latencyMs })} error={errors['app.latencyMs']} />
        <TextField label="Error rate (%)" cfn="Metadata: errorRate" numeric value={draft.errorPercent} onChange={(errorPercent) => set({ errorPercent })} error={errors['app.errorPercent']} hint="Of ordinary requests, answered 500." />
      </div>
      <TextField
        label="Image pull error"
        cfn="Metadata: pullError"
        mono
        value={draft.pullError}
        onChange={(pullError) => set({ pullError })}
        hint="Empty: the image pulls. Text: tasks stop with this CannotPullContainerError."
      />
      <TextField
        label="Responses by path pattern"
        cfn="Metadata: responses"
        mono
        multiline
        value={draft.responses}
        onChange={(responses) => set({ responses })}
        error={errors['app.responses']}
        hint="One per line: a path pattern and a status, e.g. /health 404."
      />
      <CheckboxField label="Ignores SIGTERM" cfn="Metadata: ignoresSigterm" checked={draft.ignoresSigterm} onChange={(ignoresSigterm) => set({ ignoresSigterm })} hint="Stopping waits the full stop timeout, then SIGKILL." />
      <SelectField
        label="Instrument (orchestra lens)"
        cfn="Metadata: instrument"
        value={draft.instrument}
        onChange={(instrument) => set({ instrument })}
        options={instruments}
        hint={editorWords(lens).instrumentHint}
      />
    </fieldset>
  );
}
