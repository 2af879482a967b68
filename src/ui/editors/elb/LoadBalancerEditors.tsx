/** Mounted in LoadBalancerInspector: add a listener, add a target group (and see which groups exist). */
import { useSim } from '../../../store';
import { AddTargetGroupForm } from './AddTargetGroupForm';
import { Disclosure } from './Disclosure';
import { ListenerForm } from './ListenerForm';
import './editors.css';

export function LoadBalancerEditors({ loadBalancerId }: { readonly loadBalancerId: string }) {
  const select = useSim((state) => state.select);
  return (
    <div className="elb-editors">
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
