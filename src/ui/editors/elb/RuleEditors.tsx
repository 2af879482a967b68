/**
 * Mounted in RuleInspector: edit or delete a rule. The default rule cannot be deleted or given conditions
 * (fact 73); only its action changes, as the listener's default action.
 */
import type { ListenerRuleSpec, ListenerSpec } from '../../../engine';
import { useSim } from '../../../store';
import { ConfirmDelete } from '../ConfirmDelete';
import { DefaultActionForm } from './DefaultActionForm';
import { Disclosure } from '../form/disclosures';
import { deleteRuleCommand } from './ruleDraft';
import { RuleForm } from './RuleForm';

export interface RuleEditorsProps {
  readonly listener: ListenerSpec;
  /** Absent for the listener's default rule. */
  readonly rule?: ListenerRuleSpec;
}

export function RuleEditors({ listener, rule }: RuleEditorsProps) {
  const select = useSim((state) => state.select);
  if (!rule) {
    return (
      <div className="edit-panel">
        <Disclosure label="Edit default action">{(close) => <DefaultActionForm listener={listener} onDone={close} />}</Disclosure>
        <p className="edit-hint">The default rule has no priority or conditions and cannot be deleted: it is read last, when nothing else matches.</p>
      </div>
    );
  }
  return (
    <div className="edit-panel">
      <Disclosure label="Edit rule">{(close) => <RuleForm listenerId={listener.id} rule={rule} onDone={close} />}</Disclosure>
      <ConfirmDelete
        label="Delete rule"
        question={`Delete rule ${rule.priority} (${rule.id})? Requests it matched fall through to the next rule.`}
        command={deleteRuleCommand(rule.id)}
        editLabel={`Delete rule ${rule.priority}`}
        onDeleted={() => select({ kind: 'listener', id: listener.id })}
      />
    </div>
  );
}
