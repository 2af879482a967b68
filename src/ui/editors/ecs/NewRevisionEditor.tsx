/** "New revision" from a task's inspector: the task's service, its current task definition as the starting point. */
import { useId } from 'react';
import { useSim } from '../../../store';
import { DisclosureButton, useOpenEditor } from '../form/disclosures';
import { TaskDefinitionForm } from './TaskDefinitionForm';

export function NewRevisionEditor({ serviceId }: { readonly serviceId: string }) {
  const id = useId();
  const service = useSim((state) => state.world.services.find((s) => s.id === serviceId));
  const td = useSim((state) => state.world.taskDefinitions.find((t) => t.id === service?.taskDefinitionId));
  const { open, toggle, close, refFor } = useOpenEditor<'revision'>();
  if (!service || !td) return null;
  return (
    <section className="edit-panel" aria-label="Change this task's service">
      <div className="edit-buttons-row">
        <DisclosureButton label="New revision" open={open === 'revision'} onToggle={() => toggle('revision')} controls={`${id}-panel`} buttonRef={refFor('revision')} />
      </div>
      <div id={`${id}-panel`}>{open === 'revision' ? <TaskDefinitionForm key={td.id} base={td} service={service} onDone={close} /> : null}</div>
    </section>
  );
}
