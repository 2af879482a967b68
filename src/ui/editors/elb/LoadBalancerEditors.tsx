/** Mounted in LoadBalancerInspector: add a listener, add a target group (and see which groups exist). */
import { useSim } from '../../../store';
import { AddTargetGroupForm } from './AddTargetGroupForm';
import { Disclosure } from '../form/disclosures';
import { ListenerForm } from './ListenerForm';

export function LoadBalancerEditors({ loadBalancerId }: { readonly loadBalancerId: string }) {
  const select = useSim((state) => state.select);
  return (
    <div className="edit-panel">
      <Disclosure label="Add listener">{(close) => <ListenerForm loadBalancerId={loadBalancerId} onDone={close} />}</Disclosure>
      <Disclosure label="Add target group">
        {(close) => (
          <AddTargetGroupForm
            onDone={close}
            onAdded={(id) => select({ kind: 'targetGroup', id })}
          />
        )}
      </Disclosure>
    </div>
  );
}
