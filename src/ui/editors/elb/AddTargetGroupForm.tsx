/**
 * A new target group with AWS's defaults (health check every 30 s on / at the traffic port, 5 to be healthy, 2 to be
 * unhealthy, matcher 200, deregistration delay 300 s, round robin). A rule or a service uses it afterwards.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TargetType } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditIssues } from '../EditIssues';
import { FormButtons, SelectField, TextField } from './Field';
import { createTargetGroupCommand, newTargetGroupDraft, type NewTargetGroupDraft } from './targetGroupDraft';
import { useDraftEdit } from './useDraftEdit';
import './editors.css';

const PROTOCOLS = [
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
] as const;
const TARGET_TYPES: readonly { value: TargetType; label: string }[] = [
  { value: 'ip', label: 'ip (Fargate, awsvpc)' },
  { value: 'instance', label: 'instance (EC2 bridge or host)' },
];

export function AddTargetGroupForm({ onDone, onAdded }: { readonly onDone: () => void; readonly onAdded?: (id: string) => void }) {
  const spec = useSim((state) => state.spec);
  const lens = useSim((state) => state.lens);
  const headingId = useId();
  const [draft, setDraft] = useState<NewTargetGroupDraft>(() => newTargetGroupDraft(spec));
  const { issues, applyDraft } = useDraftEdit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const command = createTargetGroupCommand(spec, draft);
    if (applyDraft(command, `Add target group ${draft.name}`)) {
      onDone();
      if (command.ok) onAdded?.(command.value.targetGroup.id);
    }
  };
  return (
    <form className="elb-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId}>Add {term(lens, 'targetGroup').one.toLowerCase()}</h4>
      <TextField
        label="Name"
        cfn="Name"
        hint="Up to 32 letters, digits and hyphens; not starting or ending with a hyphen; unique."
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <div className="elb-fields elb-fields-row">
        <TextField label="Port" cfn="Port" numeric size="short" hint="1-65535" value={draft.port} onChange={(port) => setDraft({ ...draft, port })} />
        <SelectField label="Protocol" cfn="Protocol" value={draft.protocol} options={PROTOCOLS} onChange={(protocol) => setDraft({ ...draft, protocol })} />
      </div>
      <SelectField<TargetType>
        label="Target type"
        cfn="TargetType"
        hint="Fixed at creation. Fargate and awsvpc tasks register by IP, so their groups need ip."
        value={draft.targetType}
        options={TARGET_TYPES}
        onChange={(targetType) => setDraft({ ...draft, targetType })}
      />
      <p className="elb-hint">Health check and attributes start at AWS&apos;s defaults; change them on the new group.</p>
      <EditIssues issues={issues} />
      <FormButtons apply="Add target group" onCancel={onDone} />
    </form>
  );
}
