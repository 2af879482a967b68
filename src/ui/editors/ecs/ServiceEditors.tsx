/** The service inspector's editors: Edit service, New revision (register and deploy), Delete service. */
import { useId } from 'react';
import { useSim } from '../../../store';
import { ConfirmDelete } from '../ConfirmDelete';
import { DisclosureButton, useOpenEditor } from '../form/disclosures';
import { ServiceEditForm } from './ServiceEditForm';
import { TaskDefinitionForm } from './TaskDefinitionForm';

export function ServiceEditors({ serviceId }: { readonly serviceId: string }) {
  const id = useId();
  const service = useSim((state) => state.world.services.find((s) => s.id === serviceId));
  const td = useSim((state) => state.world.taskDefinitions.find((t) => t.id === service?.taskDefinitionId));
  const { open, toggle, close, refFor } = useOpenEditor<'edit' | 'revision'>();
  if (!service) return null;
  return (
    <section className="edit-panel" aria-label="Change this service">
      <div className="edit-buttons-row">
        <DisclosureButton label="Edit service" open={open === 'edit'} onToggle={() => toggle('edit')} controls={`${id}-panel`} buttonRef={refFor('edit')} />
        {td ? <DisclosureButton label="New revision" open={open === 'revision'} onToggle={() => toggle('revision')} controls={`${id}-panel`} buttonRef={refFor('revision')} /> : null}
      </div>
      <div id={`${id}-panel`}>
        {open === 'edit' ? <ServiceEditForm key={service.id} service={service} onDone={close} /> : null}
        {open === 'revision' && td ? <TaskDefinitionForm key={td.id} base={td} service={service} onDone={close} /> : null}
      </div>
      <ConfirmDelete
        label="Delete service"
        question={`Delete service ${service.name}? Its desired count drops to 0, its tasks drain and stop, then the service is gone. Undo brings it back.`}
        confirmLabel={`Yes, delete ${service.name}`}
        command={{ do: 'deleteService', service: service.id }}
        editLabel={`Delete service ${service.name}`}
      />
    </section>
  );
}
