/** DeploymentConfiguration: the scheduler's bounds during a rolling update and the circuit breaker. */
import { editorWords } from '../../../lens/editorWords';
import type { Lens } from '../../../lens/vocabulary';
import type { DeploymentDraft } from './deploymentDraft';
import { CheckboxField, TextField } from '../form/fields';
import type { FieldErrors } from '../form/draft';

export interface DeploymentFieldsProps {
  readonly draft: DeploymentDraft;
  readonly onChange: (draft: DeploymentDraft) => void;
  readonly errors: FieldErrors;
  readonly lens: Lens;
}

export function DeploymentFields({ draft, onChange, errors, lens }: DeploymentFieldsProps) {
  const set = (patch: Partial<DeploymentDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="edit-fieldset">
      <legend>Deployment configuration</legend>
      <div className="edit-row">
        <TextField
          label="Maximum percent"
          cfn="MaximumPercent"
          numeric
          value={draft.maximumPercent}
          onChange={(maximumPercent) => set({ maximumPercent })}
          error={errors.maximumPercent}
          hint="Upper limit of tasks during a deployment, as a percent of desired count."
        />
        <TextField
          label="Minimum healthy percent"
          cfn="MinimumHealthyPercent"
          numeric
          value={draft.minimumHealthyPercent}
          onChange={(minimumHealthyPercent) => set({ minimumHealthyPercent })}
          error={errors.minimumHealthyPercent}
          hint="Lower limit of healthy tasks kept running."
        />
      </div>
      <CheckboxField
        label="Enable the deployment circuit breaker"
        cfn="DeploymentCircuitBreaker.Enable"
        checked={draft.circuitBreakerEnable}
        onChange={(circuitBreakerEnable) => set({ circuitBreakerEnable })}
        hint={editorWords(lens).circuitBreakerHint}
      />
      <CheckboxField
        label="Roll back when it trips"
        cfn="DeploymentCircuitBreaker.Rollback"
        checked={draft.circuitBreakerEnable && draft.circuitBreakerRollback}
        disabled={!draft.circuitBreakerEnable}
        onChange={(circuitBreakerRollback) => set({ circuitBreakerRollback })}
      />
    </fieldset>
  );
}
