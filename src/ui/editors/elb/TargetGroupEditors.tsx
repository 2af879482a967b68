/** Mounted in TargetGroupInspector: health check, attributes, and delete (refused while a rule or service uses it). */
import type { TargetGroupSpec } from '../../../engine';
import { useSim } from '../../../store';
import { ConfirmDelete } from '../ConfirmDelete';
import { Disclosure } from '../form/disclosures';
import { HealthCheckForm } from './HealthCheckForm';
import { AlgorithmForm, DeregistrationDelayForm } from './TargetGroupAttributeForms';
import { deleteTargetGroupCommand } from './targetGroupDraft';

export function TargetGroupEditors({ targetGroup }: { readonly targetGroup: TargetGroupSpec }) {
  const select = useSim((state) => state.select);
  return (
    <div className="edit-panel">
      <Disclosure label="Edit health check">{(close) => <HealthCheckForm targetGroup={targetGroup} onDone={close} />}</Disclosure>
      <DeregistrationDelayForm targetGroup={targetGroup} />
      <AlgorithmForm targetGroup={targetGroup} />
      <ConfirmDelete
        label="Delete target group"
        question={`Delete target group ${targetGroup.name}? AWS refuses while a listener, a rule or a service uses it.`}
        command={deleteTargetGroupCommand(targetGroup.id)}
        editLabel={`Delete target group ${targetGroup.name}`}
        onDeleted={() => select(null)}
      />
    </div>
  );
}
