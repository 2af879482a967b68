/** The cluster inspector's editors: Create service (in this cluster) and Delete cluster. */
import { useId } from 'react';
import { useSim } from '../../../store';
import { ConfirmDelete } from '../ConfirmDelete';
import { CreateServiceForm } from './CreateServiceForm';
import { DisclosureButton, useOpenEditor } from '../form/disclosures';

export function ClusterEditors({ clusterId }: { readonly clusterId: string }) {
  const id = useId();
  const cluster = useSim((state) => state.world.clusters.find((c) => c.id === clusterId));
  const { open, toggle, close, refFor } = useOpenEditor<'service'>();
  if (!cluster) return null;
  return (
    <section className="edit-panel" aria-label="Change this cluster">
      <div className="edit-buttons-row">
        <DisclosureButton label={`Add service to ${cluster.name}`} open={open === 'service'} onToggle={() => toggle('service')} controls={`${id}-panel`} buttonRef={refFor('service')} />
      </div>
      <div id={`${id}-panel`}>{open === 'service' ? <CreateServiceForm clusterId={cluster.id} onDone={close} /> : null}</div>
      <ConfirmDelete
        label="Delete cluster"
        question={`Delete cluster ${cluster.name}? AWS refuses while it still has services or container instances.`}
        confirmLabel={`Yes, delete ${cluster.name}`}
        command={{ do: 'deleteCluster', cluster: cluster.id }}
        editLabel={`Delete cluster ${cluster.name}`}
      />
    </section>
  );
}
