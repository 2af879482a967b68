/**
 * CreateService: name, cluster, task definition, launch type, desired count, the load balancer binding (an existing
 * target group; new ones are made on the load balancer's side), grace period and deployment configuration.
 */
import { useState } from 'react';
import type { LaunchType } from '../../../engine';
import { useSim, useSimStore } from '../../../store';
import { editorWords } from '../../../lens/editorWords';
import { lensTitle } from '../../../lens/names';
import { SelectButton } from '../../panels/SelectButton';
import { DeploymentFields } from './DeploymentFields';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { createServiceFromDraft, defaultBinding, launchTypeFor, newServiceDraft, type CreateServiceDraft } from './serviceDraft';

const LAUNCH_TYPES: readonly { value: LaunchType; label: string }[] = [
  { value: 'FARGATE', label: 'FARGATE' },
  { value: 'EC2', label: 'EC2' },
];

export interface CreateServiceFormProps {
  /** Fixed when opened from a cluster's inspector. */
  readonly clusterId?: string;
  readonly onDone: () => void;
}

export function CreateServiceForm({ clusterId, onDone }: CreateServiceFormProps) {
  const world = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const store = useSimStore();
  const { issues, errors, apply, reject } = useDraftForm();
  const [draft, setDraft] = useState<CreateServiceDraft>(() => newServiceDraft(world, clusterId));
  const set = (patch: Partial<CreateServiceDraft>) => setDraft({ ...draft, ...patch });
  const td = world.taskDefinitions.find((t) => t.id === draft.taskDefinitionId);
  const container = td?.containers.find((c) => c.name === draft.containerName);
  const loadBalancer = world.loadBalancers[0];

  const submit = () => {
    const result = createServiceFromDraft(world, draft);
    if (!result.ok) return reject(result.errors);
    const service = result.value.service;
    if (apply(result.value, `Create service ${service.name}`)) {
      store.getState().select({ kind: 'service', id: service.id });
      onDone();
    }
  };

  return (
    <EditorForm sends={['createService']}
      title={lensTitle(lens, 'Create', 'service')}
      intro="CreateService: ECS starts the desired count of tasks and registers them with the target group."
      applyLabel="Create service"
      onApply={submit}
      onCancel={onDone}
      issues={issues}
      errors={errors}
    >
      <div className="edit-row">
        <TextField label="Service name" cfn="ServiceName" value={draft.name} onChange={(name) => set({ name })} error={errors.name} placeholder="orders" />
        {clusterId === undefined ? (
          <SelectField
            label="Cluster"
            cfn="Cluster"
            value={draft.clusterId}
            onChange={(value) => set({ clusterId: value })}
            options={world.clusters.map((c) => ({ value: c.id, label: c.name }))}
            error={errors.clusterId}
          />
        ) : null}
      </div>
      <div className="edit-row">
        <SelectField
          label="Task definition"
          cfn="TaskDefinition"
          value={draft.taskDefinitionId}
          onChange={(taskDefinitionId) => set({ taskDefinitionId, launchType: launchTypeFor(world, taskDefinitionId), ...defaultBinding(world, taskDefinitionId) })}
          options={world.taskDefinitions.map((t) => ({ value: t.id, label: `${t.family}:${t.revision}` }))}
          error={errors.taskDefinitionId}
          hint={editorWords(lens).taskDefinitionHint}
        />
        <SelectField label="Launch type" cfn="LaunchType" value={draft.launchType} onChange={(launchType) => set({ launchType })} options={LAUNCH_TYPES} />
      </div>
      <div className="edit-row">
        <TextField label="Desired count" cfn="DesiredCount" numeric value={draft.desiredCount} onChange={(desiredCount) => set({ desiredCount })} error={errors.desiredCount} />
        <TextField
          label="Health check grace period (seconds)"
          cfn="HealthCheckGracePeriodSeconds"
          numeric
          value={draft.gracePeriod}
          onChange={(gracePeriod) => set({ gracePeriod })}
          error={errors.gracePeriod}
        />
      </div>
      <fieldset className="edit-fieldset">
        <legend>Load balancing</legend>
        <SelectField
          label="Target group"
          cfn="LoadBalancers[0].TargetGroupArn"
          value={draft.targetGroupId}
          onChange={(targetGroupId) => set({ targetGroupId })}
          options={[{ value: '', label: 'None (no load balancer)' }, ...world.targetGroups.map((g) => ({ value: g.id, label: `${g.name} (${g.targetType}, port ${g.port})` }))]}
        />
        {draft.targetGroupId !== '' ? (
          <div className="edit-row">
            <SelectField
              label="Container name"
              cfn="LoadBalancers[0].ContainerName"
              value={draft.containerName}
              onChange={(containerName) => set({ containerName, containerPort: String(td?.containers.find((c) => c.name === containerName)?.portMappings[0]?.containerPort ?? '') })}
              options={(td?.containers ?? []).map((c) => ({ value: c.name, label: c.name }))}
              error={errors.containerName}
            />
            <TextField
              label="Container port"
              cfn="LoadBalancers[0].ContainerPort"
              numeric
              value={draft.containerPort}
              onChange={(containerPort) => set({ containerPort })}
              error={errors.containerPort}
              suggestions={(container?.portMappings ?? []).map((m) => String(m.containerPort))}
            />
          </div>
        ) : null}
        {loadBalancer ? (
          <p className="edit-hint">
            A new target group is made on the load balancer:{' '}
            <SelectButton kind="loadBalancer" id={loadBalancer.id}>
              {loadBalancer.name}
            </SelectButton>
            . A group takes traffic only once a listener or rule forwards to it.
          </p>
        ) : null}
      </fieldset>
      <DeploymentFields draft={draft.deployment} onChange={(deployment) => set({ deployment })} errors={errors} lens={lens} />
    </EditorForm>
  );
}
