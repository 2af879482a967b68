/**
 * "Edit service": UpdateService with what changed. A different revision starts a rolling deployment; the rest
 * applies at once, as in AWS.
 */
import { useState } from 'react';
import type { ServiceSpec } from '../../../engine';
import { useSim } from '../../../store';
import { editorWords } from '../../../lens/editorWords';
import { lensTitle } from '../../../lens/names';
import { DeploymentFields } from './DeploymentFields';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { PlacementFields } from './PlacementFields';
import { familyRevisions, serviceEditDraft, updateServiceFromDraft } from './serviceDraft';

export function ServiceEditForm({ service, onDone }: { readonly service: ServiceSpec; readonly onDone: () => void }) {
  const world = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const { issues, errors, apply, reject } = useDraftForm();
  const [draft, setDraft] = useState(() => serviceEditDraft(service));
  const [unchanged, setUnchanged] = useState(false);
  const revisions = familyRevisions(world, service.taskDefinitionId);
  const words = editorWords(lens);

  const submit = () => {
    const result = updateServiceFromDraft(service, draft);
    setUnchanged(false);
    if (!result.ok) return reject(result.errors);
    if (result.value === null) {
      reject({});
      setUnchanged(true);
      return;
    }
    if (apply(result.value, `Update service ${service.name}`)) onDone();
  };

  return (
    <EditorForm sends={['updateService']}
      title={lensTitle(lens, 'Edit', 'service')}
      intro={`UpdateService on ${service.name}. A new revision starts a rolling deployment; everything else applies at once.`}
      applyLabel="Apply changes"
      onApply={submit}
      onCancel={onDone}
      issues={issues}
      errors={errors}
    >
      <div className="edit-row">
        <TextField label="Desired count" cfn="DesiredCount" numeric value={draft.desiredCount} onChange={(desiredCount) => setDraft({ ...draft, desiredCount })} error={errors.desiredCount} />
        <TextField
          label="Health check grace period (seconds)"
          cfn="HealthCheckGracePeriodSeconds"
          numeric
          value={draft.gracePeriod}
          onChange={(gracePeriod) => setDraft({ ...draft, gracePeriod })}
          error={errors.gracePeriod}
          hint={words.gracePeriodHint}
        />
      </div>
      <SelectField
        label="Task definition revision"
        cfn="TaskDefinition"
        value={draft.taskDefinitionId}
        onChange={(taskDefinitionId) => setDraft({ ...draft, taskDefinitionId })}
        options={revisions.map((td) => ({ value: td.id, label: `${td.family}:${td.revision}${td.id === service.taskDefinitionId ? ' (current)' : ''}` }))}
        hint={words.revisionHint}
      />
      <DeploymentFields draft={draft.deployment} onChange={(deployment) => setDraft({ ...draft, deployment })} errors={errors} lens={lens} />
      {service.launchType === 'EC2' ? <PlacementFields draft={draft.placement} onChange={(placement) => setDraft({ ...draft, placement })} /> : null}
      {unchanged ? (
        <p className="edit-hint" role="status">
          Nothing changed: there is nothing to send.
        </p>
      ) : null}
    </EditorForm>
  );
}
