/**
 * RegisterTaskDefinition: a new revision of a service's task definition ("Register and deploy" also updates the
 * service, one edit and one Undo), or the first revision of a new family.
 */
import { useState } from 'react';
import { type ServiceSpec, type TaskDefinitionSpec, nextRevision } from '../../../engine';
import { editorWords } from '../../../lens/editorWords';
import { lensNoun } from '../../../lens/names';
import { useSim } from '../../../store';
import { AppBehaviourFields } from './AppBehaviourFields';
import { EditorForm } from '../form/EditorForm';
import { HealthCheckFields } from './HealthCheckFields';
import { useDraftForm } from '../form/useDraftForm';
import { TaskDefinitionFields } from './TaskDefinitionFields';
import { newTaskDefinitionDraft, registerCommands, taskDefinitionDraft, taskDefinitionFromDraft } from './taskDefinitionDraft';

export interface TaskDefinitionFormProps {
  /** The revision to start from; null registers a new family. */
  readonly base: TaskDefinitionSpec | null;
  /** The service "Register and deploy" updates. */
  readonly service: ServiceSpec | null;
  readonly onDone: () => void;
}

export function TaskDefinitionForm({ base, service, onDone }: TaskDefinitionFormProps) {
  const world = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const { issues, errors, apply, reject } = useDraftForm();
  const [draft, setDraft] = useState(() => (base ? taskDefinitionDraft(base, service ?? undefined) : newTaskDefinitionDraft()));

  const register = (deploy: boolean) => {
    const result = taskDefinitionFromDraft(world, draft, base, service ?? undefined);
    if (!result.ok) return reject(result.errors);
    const { commands, label } = registerCommands(result.value, deploy ? service : null);
    if (apply(commands, label)) onDone();
  };

  const noun = lensNoun(lens, 'taskDefinition');
  const title = base ? `New revision of ${base.family} (${noun})` : `Register ${noun}`;
  const next = base ? `${base.family}:${nextRevision(world, base.family)}` : null;
  const intro = base
    ? `Registers ${next ?? ''}, a copy of ${base.family}:${base.revision} with your changes.${service ? ` "Register and deploy" also points ${service.name} at it: a rolling deployment.` : ''}`
    : editorWords(lens).newFamilyIntro;

  return (
    <EditorForm sends={service ? ['registerTaskDefinition', 'updateService'] : ['registerTaskDefinition']}
      title={title}
      intro={intro}
      applyLabel={service ? 'Register and deploy' : 'Register task definition'}
      onApply={() => register(service !== null)}
      onCancel={onDone}
      issues={issues}
      errors={errors}
      moreActions={
        service ? (
          <button type="button" onClick={() => register(false)}>
            Register only
          </button>
        ) : null
      }
    >
      <TaskDefinitionFields draft={draft} onChange={setDraft} errors={errors} lens={lens} familyFixed={base !== null} />
      <HealthCheckFields draft={draft.healthCheck} onChange={(healthCheck) => setDraft({ ...draft, healthCheck })} errors={errors} />
      <AppBehaviourFields draft={draft.app} onChange={(app) => setDraft({ ...draft, app })} errors={errors} lens={lens} />
    </EditorForm>
  );
}
