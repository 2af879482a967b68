/**
 * The sandbox's entry point, at the top of the side column so it is there in both the Stage and Tables views:
 * Undo / Redo, and "Add" for a cluster, a service or a task definition family. What is created is selected in the
 * inspector, where it can be edited further.
 */
import { useId } from 'react';
import { useSim } from '../../../store';
import { editorWords } from '../../../lens/editorWords';
import { CreateClusterForm } from './CreateClusterForm';
import { CreateServiceForm } from './CreateServiceForm';
import { DisclosureButton, useOpenEditor } from '../form/disclosures';
import { TaskDefinitionForm } from './TaskDefinitionForm';
import { UndoRedoButtons } from './UndoRedoButtons';
import './editors.css';

type AddKind = 'cluster' | 'service' | 'taskDefinition';

export function SandboxPanel() {
  const headingId = useId();
  const id = useId();
  const nouns = editorWords(useSim((state) => state.lens)).sandboxNouns;
  const hasCluster = useSim((state) => state.world.clusters.length > 0);
  const { open, toggle, close, refFor } = useOpenEditor<AddKind>();
  return (
    <section className="side-panel sandbox-panel" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>Sandbox</h2>
        <p className="muted">Change the world while it runs.</p>
      </div>
      <UndoRedoButtons />
      <div className="ecs-add" role="group" aria-label="Add">
        <span className="ecs-add-label" aria-hidden="true">
          Add:
        </span>
        <DisclosureButton label="Add cluster" open={open === 'cluster'} onToggle={() => toggle('cluster')} controls={id} buttonRef={refFor('cluster')} />
        {hasCluster ? <DisclosureButton label="Add service" open={open === 'service'} onToggle={() => toggle('service')} controls={id} buttonRef={refFor('service')} /> : null}
        <DisclosureButton label="Register task definition" open={open === 'taskDefinition'} onToggle={() => toggle('taskDefinition')} controls={id} buttonRef={refFor('taskDefinition')} />
      </div>
      {nouns !== null ? <p className="edit-hint">{nouns}</p> : null}
      <div id={id}>
        {open === 'cluster' ? <CreateClusterForm onDone={close} /> : null}
        {open === 'service' ? <CreateServiceForm onDone={close} /> : null}
        {open === 'taskDefinition' ? <TaskDefinitionForm base={null} service={null} onDone={close} /> : null}
      </div>
    </section>
  );
}
