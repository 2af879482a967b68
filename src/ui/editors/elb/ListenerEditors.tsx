/** Mounted in ListenerInspector: edit the listener, add a rule to it, delete it (its rules go too, as in AWS). */
import type { ListenerSpec } from '../../../engine';
import { useSim } from '../../../store';
import { ConfirmDelete } from '../ConfirmDelete';
import { Disclosure } from '../form/disclosures';
import { deleteListenerCommand } from './listenerDraft';
import { ListenerForm } from './ListenerForm';
import { RuleForm } from './RuleForm';

export function ListenerEditors({ listener }: { readonly listener: ListenerSpec }) {
  const rules = useSim((state) => state.world.rules.filter((r) => r.listenerId === listener.id).length);
  const select = useSim((state) => state.select);
  const name = `${listener.protocol}:${listener.port}`;
  const consequence =
    rules === 0
      ? `Delete listener ${name}? Its default rule goes with it.`
      : `Delete listener ${name}? Its ${rules} ${rules === 1 ? 'rule goes' : 'rules go'} with it, and its default rule. Ctrl+Z brings them back.`;
  return (
    <div className="edit-panel">
      <Disclosure label="Add rule">{(close) => <RuleForm listenerId={listener.id} onDone={close} />}</Disclosure>
      <Disclosure label="Edit listener">
        {(close) => <ListenerForm loadBalancerId={listener.loadBalancerId} listener={listener} onDone={close} />}
      </Disclosure>
      <ConfirmDelete
        label="Delete listener"
        question={consequence}
        command={deleteListenerCommand(listener.id)}
        editLabel={`Delete listener ${name}`}
        onDeleted={() => select({ kind: 'loadBalancer', id: listener.loadBalancerId })}
      />
    </div>
  );
}
