/** The container health check (Docker's HEALTHCHECK): ECS's third referee, beside the target group's checks. */
import { CheckboxField, TextField } from '../form/fields';
import type { FieldErrors } from '../form/draft';
import type { HealthCheckDraft } from './taskDefinitionDraft';
import './editors.css';

export function HealthCheckFields({ draft, onChange, errors }: { readonly draft: HealthCheckDraft; readonly onChange: (draft: HealthCheckDraft) => void; readonly errors: FieldErrors }) {
  const set = (patch: Partial<HealthCheckDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="edit-fieldset">
      <legend>Container health check</legend>
      <CheckboxField label="Run a container health check" cfn="ContainerDefinitions[].HealthCheck" checked={draft.enabled} onChange={(enabled) => set({ enabled })} />
      {draft.enabled ? (
        <>
          <TextField
            label="Command"
            cfn="HealthCheck.Command (CMD-SHELL)"
            mono
            value={draft.command}
            onChange={(command) => set({ command })}
            error={errors['healthCheck.command']}
            placeholder="curl -f http://localhost:8080/ || exit 1"
          />
          <div className="edit-row edit-row-narrow">
            <TextField label="Interval (s)" cfn="Interval" numeric value={draft.interval} onChange={(interval) => set({ interval })} error={errors['healthCheck.interval']} hint="5-300" />
            <TextField label="Timeout (s)" cfn="Timeout" numeric value={draft.timeout} onChange={(timeout) => set({ timeout })} error={errors['healthCheck.timeout']} hint="2-60" />
            <TextField label="Retries" cfn="Retries" numeric value={draft.retries} onChange={(retries) => set({ retries })} error={errors['healthCheck.retries']} hint="1-10" />
            <TextField label="Start period (s)" cfn="StartPeriod" numeric value={draft.startPeriod} onChange={(startPeriod) => set({ startPeriod })} error={errors['healthCheck.startPeriod']} hint="0-300" />
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
