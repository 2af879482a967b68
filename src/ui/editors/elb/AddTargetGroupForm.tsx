/**
 * A new target group with AWS's defaults (health check every 30 s on / at the traffic port, 5 to be healthy, 2 to be
 * unhealthy, matcher 200, deregistration delay 300 s, round robin). A rule or a service uses it afterwards.
 */
import { useState } from 'react';
import type { TargetType } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { createTargetGroupCommand, newTargetGroupDraft, type NewTargetGroupDraft } from './targetGroupDraft';

const PROTOCOLS = [
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
] as const;
const TARGET_TYPES: readonly { value: TargetType; label: string }[] = [
  { value: 'ip', label: 'ip (Fargate, awsvpc)' },
  { value: 'instance', label: 'instance (EC2 bridge or host)' },
];

export function AddTargetGroupForm({ onDone, onAdded }: { readonly onDone: () => void; readonly onAdded?: (id: string) => void }) {
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const [draft, setDraft] = useState<NewTargetGroupDraft>(() => newTargetGroupDraft(spec));
  const { issues, errors, applyDraft } = useDraftForm();
  const submit = () => {
    const command = createTargetGroupCommand(spec, draft);
    if (applyDraft(command, `Add target group ${draft.name}`)) {
      onDone();
      if (command.ok) onAdded?.(command.value.targetGroup.id);
    }
  };
  return (
    <EditorForm sends={['createTargetGroup']}
      title={`Add ${term(lens, 'targetGroup').one.toLowerCase()}`}
      applyLabel="Add target group"
      onApply={submit}
      onCancel={onDone}
      issues={issues}
      errors={errors}
    >
      <TextField
        label="Name"
        cfn="Name"
        hint="Up to 32 letters, digits and hyphens; not starting or ending with a hyphen; unique."
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <div className="edit-row">
        <TextField label="Port" cfn="Port" numeric size="short" hint="1-65535" value={draft.port} error={errors['Properties.Port']} onChange={(port) => setDraft({ ...draft, port })} />
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
      <p className="edit-hint">Health check and attributes start at AWS&apos;s defaults; change them on the new group.</p>
    </EditorForm>
  );
}
