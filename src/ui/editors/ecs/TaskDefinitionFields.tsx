/**
 * The container and the task's size: image and tag, ports, network mode, launch compatibility and task-level
 * cpu/memory. Fargate's allowed pairs are offered as suggestions, but any pair can be typed: AWS's own refusal
 * is the lesson.
 */
import type { NetworkMode } from '../../../engine';
import { editorWords } from '../../../lens/editorWords';
import type { Lens } from '../../../lens/vocabulary';
import { describeMemories, FARGATE_CPUS, fargateMemories } from './fargateSizes';
import { SelectField, TextField } from '../form/fields';
import type { FieldErrors } from '../form/draft';
import type { Compatibility, TaskDefinitionDraft } from './taskDefinitionDraft';
import './editors.css';

export interface TaskDefinitionFieldsProps {
  readonly draft: TaskDefinitionDraft;
  readonly onChange: (draft: TaskDefinitionDraft) => void;
  readonly errors: FieldErrors;
  readonly lens: Lens;
  /** A new revision keeps its family. */
  readonly familyFixed: boolean;
}

const NETWORK_MODES: readonly { value: NetworkMode; label: string }[] = [
  { value: 'awsvpc', label: 'awsvpc' },
  { value: 'bridge', label: 'bridge' },
  { value: 'host', label: 'host' },
];

const NETWORK_HINTS: Record<NetworkMode, string> = {
  awsvpc: 'Each task gets its own network interface and IP (ip target groups).',
  bridge: "Docker's bridge: container ports map to host ports (instance target groups).",
  host: "The instance's own network: one task per port per instance.",
};

const COMPATIBILITIES: readonly { value: Compatibility; label: string }[] = [
  { value: 'FARGATE', label: 'FARGATE' },
  { value: 'EC2', label: 'EC2' },
];

export function TaskDefinitionFields({ draft, onChange, errors, lens, familyFixed }: TaskDefinitionFieldsProps) {
  const set = (patch: Partial<TaskDefinitionDraft>) => onChange({ ...draft, ...patch });
  const cpu = Number(draft.cpu);
  const fargate = draft.compatibility === 'FARGATE';
  return (
    <>
      <fieldset className="edit-fieldset">
        <legend>{editorWords(lens).containerLegend}</legend>
        <div className="edit-row">
          {familyFixed ? null : <TextField label="Family" cfn="Family" value={draft.family} onChange={(family) => set({ family })} error={errors.family} />}
          <TextField label="Container name" cfn="ContainerDefinitions[].Name" value={draft.containerName} onChange={(containerName) => set({ containerName })} error={errors.containerName} />
        </div>
        <div className="edit-row ecs-row-image">
          <TextField label="Image" cfn="ContainerDefinitions[].Image" mono value={draft.repository} onChange={(repository) => set({ repository })} error={errors.repository} />
          <TextField label="Tag" mono value={draft.tag} onChange={(tag) => set({ tag })} error={errors.tag} />
        </div>
        <p className="edit-hint">A new tag is a new image; the same tag again changes nothing until a new deployment.</p>
        <div className="edit-row">
          <SelectField label="Network mode" cfn="NetworkMode" value={draft.networkMode} onChange={(networkMode) => set({ networkMode })} options={NETWORK_MODES} hint={NETWORK_HINTS[draft.networkMode]} />
          <SelectField label="Requires compatibilities" cfn="RequiresCompatibilities" value={draft.compatibility} onChange={(compatibility) => set({ compatibility })} options={COMPATIBILITIES} />
        </div>
        <div className="edit-row">
          <TextField label="Container port" cfn="PortMappings[0].ContainerPort" numeric value={draft.containerPort} onChange={(containerPort) => set({ containerPort })} error={errors.containerPort} />
          {draft.networkMode === 'awsvpc' ? null : (
            <TextField
              label="Host port"
              cfn="PortMappings[0].HostPort"
              numeric
              value={draft.hostPort}
              onChange={(hostPort) => set({ hostPort })}
              error={errors.hostPort}
              hint={draft.networkMode === 'bridge' ? 'Empty: a dynamic port from 32768 up, so several tasks fit on one instance.' : 'host mode: the same as the container port.'}
            />
          )}
        </div>
      </fieldset>
      <fieldset className="edit-fieldset">
        <legend>Task size</legend>
        <div className="edit-row">
          <TextField
            label="CPU (units)"
            cfn="Cpu"
            numeric
            value={draft.cpu}
            onChange={(value) => set({ cpu: value })}
            error={errors.cpu}
            suggestions={fargate ? FARGATE_CPUS.map(String) : undefined}
            hint="1024 units = 1 vCPU."
          />
          <TextField
            label="Memory (MiB)"
            cfn="Memory"
            numeric
            value={draft.memory}
            onChange={(memory) => set({ memory })}
            error={errors.memory}
            suggestions={fargate ? fargateMemories(cpu).map(String) : undefined}
            hint={fargate ? `Fargate: ${describeMemories(cpu)}.` : 'Empty: sized by the containers.'}
          />
        </div>
      </fieldset>
    </>
  );
}
