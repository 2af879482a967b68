/**
 * Add or edit a listener rule: priority, conditions (AND of ORs) and one routing action. Apply sends one command;
 * the validators' refusal, in AWS's words, stays beside the form and the world is unchanged.
 */
import { useState } from 'react';
import type { ListenerRuleSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditorForm } from '../form/EditorForm';
import { TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { ActionFieldset } from './ActionFieldset';
import { ConditionsFieldset } from './ConditionsFieldset';
import { choicesFor } from './targetGroupChoices';
import { MAX_PRIORITY, MIN_PRIORITY, createRuleCommand, modifyRuleCommand, newRuleDraft, priorityClash, ruleToDraft, type RuleDraft } from './ruleDraft';

export interface RuleFormProps {
  readonly listenerId: string;
  /** The rule to edit; absent: a new rule on the listener. */
  readonly rule?: ListenerRuleSpec;
  readonly onDone: () => void;
}

export function RuleForm({ listenerId, rule, onDone }: RuleFormProps) {
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? ruleToDraft(spec, rule) : newRuleDraft(spec, listenerId)));
  const { issues, errors, applyDraft } = useDraftForm();
  const ruleWord = term(lens, 'rule').one;
  const title = rule ? `Edit ${ruleWord.toLowerCase()} ${rule.priority}` : `Add ${ruleWord.toLowerCase()}`;
  const clash = priorityClash(spec, listenerId, draft.priority, rule?.id ?? null);

  const submit = () => {
    const command = rule ? modifyRuleCommand(rule, draft) : createRuleCommand(spec, listenerId, draft);
    if (applyDraft(command, rule ? `Edit rule ${rule.priority}` : `Add rule ${draft.priority}`)) onDone();
  };

  return (
    <EditorForm sends={[rule ? 'modifyRule' : 'createRule']} title={title} applyLabel={rule ? 'Apply' : 'Add rule'} onApply={submit} onCancel={onDone} issues={issues} errors={errors}>
      <TextField
        label="Priority"
        cfn="Priority"
        numeric
        size="short"
        value={draft.priority}
        hint={`A whole number from ${MIN_PRIORITY} to ${MAX_PRIORITY}, unique on this listener; the lowest is read first.`}
        // Said as it is typed: the one refusal the form can see before AWS is asked.
        error={clash ? `PriorityInUse: rule ${clash.id} already has priority ${clash.priority} on this listener.` : errors['Properties.Priority']}
        onChange={(priority) => setDraft({ ...draft, priority })}
      />
      <ConditionsFieldset conditions={draft.conditions} onChange={(conditions) => setDraft({ ...draft, conditions })} />
      <ActionFieldset
        legend="Then"
        base="Actions[0]"
        draft={draft.action}
        choices={choicesFor(spec, listenerId)}
        errors={errors}
        onChange={(action) => setDraft({ ...draft, action })}
      />
    </EditorForm>
  );
}
