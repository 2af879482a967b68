/** ModifyTargetGroup's health-check settings, with AWS's ranges beside each field (facts 107-108). */
import { useState } from 'react';
import type { TargetGroupSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { healthCheckToDraft, modifyHealthCheckCommand, type HealthCheckDraft } from './targetGroupDraft';

const PROTOCOLS = [
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
] as const;
const PORT_MODES = [
  { value: 'traffic-port', label: 'traffic-port' },
  { value: 'port', label: 'A fixed port' },
] as const;

export function HealthCheckForm({ targetGroup, onDone }: { readonly targetGroup: TargetGroupSpec; readonly onDone: () => void }) {
  const lens = useSim((state) => state.lens);
  const [draft, setDraft] = useState<HealthCheckDraft>(() => healthCheckToDraft(targetGroup.healthCheck));
  const { issues, errors, applyDraft } = useDraftForm();
  const set = (part: Partial<HealthCheckDraft>) => setDraft({ ...draft, ...part });
  const submit = () => {
    if (applyDraft(modifyHealthCheckCommand(targetGroup, draft), `Edit health check of ${targetGroup.name}`)) onDone();
  };
  const count = (label: string, cfn: string, hint: string, key: 'interval' | 'timeout' | 'healthyThreshold' | 'unhealthyThreshold') => (
    <TextField label={label} cfn={cfn} numeric size="short" hint={hint} value={draft[key]} error={errors[`Properties.${cfn}`]} onChange={(value) => set({ [key]: value })} />
  );
  return (
    <EditorForm sends={['modifyTargetGroup']} title={`Edit ${term(lens, 'healthCheck').one.toLowerCase()}`} applyLabel="Apply" onApply={submit} onCancel={onDone} issues={issues} errors={errors}>
      <fieldset className="edit-fieldset">
        <legend>Where it asks</legend>
        <div className="edit-row">
          <SelectField label="Protocol" cfn="HealthCheckProtocol" value={draft.protocol} options={PROTOCOLS} onChange={(protocol) => set({ protocol })} />
          <TextField label="Path" cfn="HealthCheckPath" mono hint="Starts with /, up to 1024 characters." value={draft.path} onChange={(path) => set({ path })} />
        </div>
        <SelectField
          label="Port"
          cfn="HealthCheckPort"
          hint="traffic-port: the port each target registered with."
          value={draft.portMode}
          options={PORT_MODES}
          onChange={(portMode) => set({ portMode })}
        />
        {draft.portMode === 'port' ? (
          <TextField label="Port number" cfn="HealthCheckPort" numeric size="short" hint="1-65535" value={draft.port} error={errors['Properties.HealthCheckPort']} onChange={(port) => set({ port })} />
        ) : null}
        <TextField label="Success codes" cfn="Matcher.HttpCode" mono hint="200, 200,202 or 200-299; from 200 to 499." value={draft.matcher} onChange={(matcher) => set({ matcher })} />
      </fieldset>
      <fieldset className="edit-fieldset">
        <legend>How often, and how many in a row</legend>
        <div className="edit-row edit-row-narrow">
          {count('Interval (s)', 'HealthCheckIntervalSeconds', '5-300', 'interval')}
          {count('Timeout (s)', 'HealthCheckTimeoutSeconds', '2-120, less than the interval', 'timeout')}
          {count('Healthy threshold', 'HealthyThresholdCount', '2-10', 'healthyThreshold')}
          {count('Unhealthy threshold', 'UnhealthyThresholdCount', '2-10', 'unhealthyThreshold')}
        </div>
        <p className="edit-hint">A new target is healthy after interval × healthy threshold; a failing one unhealthy after interval × unhealthy threshold.</p>
      </fieldset>
    </EditorForm>
  );
}
