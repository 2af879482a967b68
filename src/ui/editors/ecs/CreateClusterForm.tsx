/** CreateCluster, with EC2 capacity registered at once (as an Auto Scaling group's instances would join). */
import { useState } from 'react';
import { KNOWN_INSTANCE_TYPES } from '../../../engine';
import { useSim, useSimStore } from '../../../store';
import { lensTitle } from '../../../lens/names';
import { createClusterFromDraft, MAX_CLUSTER_INSTANCES, NEW_CLUSTER_DRAFT, type ClusterDraft } from './clusterDraft';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';

const CAPACITY: readonly { value: ClusterDraft['capacity']; label: string }[] = [
  { value: 'FARGATE', label: 'Fargate only (no instances)' },
  { value: 'EC2', label: 'EC2 container instances' },
];

export function CreateClusterForm({ onDone }: { readonly onDone: () => void }) {
  const world = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const store = useSimStore();
  const { issues, errors, apply, reject } = useDraftForm();
  const [draft, setDraft] = useState<ClusterDraft>(NEW_CLUSTER_DRAFT);
  const set = (patch: Partial<ClusterDraft>) => setDraft({ ...draft, ...patch });

  const submit = () => {
    const result = createClusterFromDraft(world, draft);
    if (!result.ok) return reject(result.errors);
    const cluster = result.value.cluster;
    if (apply(result.value, `Create cluster ${cluster.name}`)) {
      store.getState().select({ kind: 'cluster', id: cluster.id });
      onDone();
    }
  };

  return (
    <EditorForm sends={['createCluster']}
      title={lensTitle(lens, 'Create', 'cluster')}
      intro="CreateCluster. EC2 instances register ACTIVE at once, round robin over the Availability Zones."
      applyLabel="Create cluster"
      onApply={submit}
      onCancel={onDone}
      issues={issues}
      errors={errors}
    >
      <TextField label="Cluster name" cfn="ClusterName" value={draft.name} onChange={(name) => set({ name })} error={errors.name} placeholder="batch" />
      <SelectField label="Capacity" value={draft.capacity} onChange={(capacity) => set({ capacity })} options={CAPACITY} />
      {draft.capacity === 'EC2' ? (
        <div className="edit-row">
          <TextField
            label="Number of instances"
            numeric
            value={draft.instanceCount}
            onChange={(instanceCount) => set({ instanceCount })}
            error={errors.instanceCount}
            hint={`0 to ${MAX_CLUSTER_INSTANCES}.`}
          />
          <SelectField label="Instance type" value={draft.instanceType} onChange={(instanceType) => set({ instanceType })} options={KNOWN_INSTANCE_TYPES.map((t) => ({ value: t, label: t }))} />
        </div>
      ) : null}
    </EditorForm>
  );
}
