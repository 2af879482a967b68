/** ModifyTargetGroup's health-check settings, with AWS's ranges beside each field (facts 107-108). */
import { useId, useState, type FormEvent } from 'react';
import type { TargetGroupSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditIssues } from '../EditIssues';
import { FormButtons, SelectField, TextField } from './Field';
import { healthCheckToDraft, modifyHealthCheckCommand, type HealthCheckDraft } from './targetGroupDraft';
import { useDraftEdit } from './useDraftEdit';
import './editors.css';

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
  const headingId = useId();
  const [draft, setDraft] = useState<HealthCheckDraft>(() => healthCheckToDraft(targetGroup.healthCheck));
  const { issues, applyDraft } = useDraftEdit();
  const set = (part: Partial<HealthCheckDraft>) => setDraft({ ...draft, ...part });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (applyDraft(modifyHealthCheckCommand(targetGroup, draft), `Edit health check of ${targetGroup.name}`)) onDone();
  };
  return (
    <form className="elb-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId}>Edit {term(lens, 'healthCheck').one.toLowerCase()}</h4>
      <fieldset className="elb-group">
        <legend>Where it asks</legend>
        <div className="elb-fields elb-fields-row">
          <SelectField label="Protocol" cfn="HealthCheckProtocol" value={draft.protocol} options={PROTOCOLS} onChange={(protocol) => set({ protocol })} />
          <TextField label="Path" cfn="HealthCheckPath" hint="Starts with /, up to 1024 characters." value={draft.path} onChange={(path) => set({ path })} />
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
          <TextField label="Port number" cfn="HealthCheckPort" numeric size="short" hint="1-65535" value={draft.port} onChange={(port) => set({ port })} />
        ) : null}
        <TextField label="Success codes" cfn="Matcher.HttpCode" hint="200, 200,202 or 200-299; from 200 to 499." value={draft.matcher} onChange={(matcher) => set({ matcher })} />
      </fieldset>
      <fieldset className="elb-group">
        <legend>How often, and how many in a row</legend>
        <div className="elb-fields elb-fields-row">
          <TextField label="Interval (s)" cfn="HealthCheckIntervalSeconds" numeric size="short" hint="5-300" value={draft.interval} onChange={(interval) => set({ interval })} />
          <TextField label="Timeout (s)" cfn="HealthCheckTimeoutSeconds" numeric size="short" hint="2-120, less than the interval" value={draft.timeout} onChange={(timeout) => set({ timeout })} />
          <TextField label="Healthy threshold" cfn="HealthyThresholdCount" numeric size="short" hint="2-10" value={draft.healthyThreshold} onChange={(healthyThreshold) => set({ healthyThreshold })} />
          <TextField label="Unhealthy threshold" cfn="UnhealthyThresholdCount" numeric size="short" hint="2-10" value={draft.unhealthyThreshold} onChange={(unhealthyThreshold) => set({ unhealthyThreshold })} />
        </div>
        <p className="elb-hint">A new target is healthy after interval × healthy threshold; a failing one unhealthy after interval × unhealthy threshold.</p>
      </fieldset>
      <EditIssues issues={issues} />
      <FormButtons apply="Apply" onCancel={onDone} />
    </form>
  );
}
