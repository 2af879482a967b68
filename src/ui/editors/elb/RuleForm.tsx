/**
 * Add or edit a listener rule: priority, conditions (AND of ORs) and one routing action. Apply sends one command;
 * the validators' refusal, in AWS's words, stays beside the form and the world is unchanged.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ListenerRuleSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditIssues } from '../EditIssues';
import { ActionFieldset } from './ActionFieldset';
import { ConditionsFieldset } from './ConditionsFieldset';
import { FormButtons, TextField } from './Field';
import { choicesFor } from './targetGroupChoices';
import { MAX_PRIORITY, MIN_PRIORITY, createRuleCommand, modifyRuleCommand, newRuleDraft, priorityClash, ruleToDraft, type RuleDraft } from './ruleDraft';
import { useDraftEdit } from './useDraftEdit';
import './editors.css';

export interface RuleFormProps {
  readonly listenerId: string;
  /** The rule to edit; absent: a new rule on the listener. */
  readonly rule?: ListenerRuleSpec;
  readonly onDone: () => void;
}

export function RuleForm({ listenerId, rule, onDone }: RuleFormProps) {
  const spec = useSim((state) => state.spec);
  const lens = useSim((state) => state.lens);
  const headingId = useId();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? ruleToDraft(spec, rule) : newRuleDraft(spec, listenerId)));
  const { issues, applyDraft } = useDraftEdit();
  const ruleWord = term(lens, 'rule').one;
  const title = rule ? `Edit ${ruleWord.toLowerCase()} ${rule.priority}` : `Add ${ruleWord.toLowerCase()}`;
  const clash = priorityClash(spec, listenerId, draft.priority, rule?.id ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const command = rule ? modifyRuleCommand(rule, draft) : createRuleCommand(spec, listenerId, draft);
    if (applyDraft(command, rule ? `Edit rule ${rule.priority}` : `Add rule ${draft.priority}`)) onDone();
  };

  return (
    <form className="elb-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId}>{title}</h4>
      <TextField
        label="Priority"
        cfn="Priority"
        numeric
        size="short"
        value={draft.priority}
        hint={`A whole number from ${MIN_PRIORITY} to ${MAX_PRIORITY}, unique on this listener; the lowest is read first.`}
        problem={clash ? `PriorityInUse: rule ${clash.id} already has priority ${clash.priority} on this listener.` : undefined}
        onChange={(priority) => setDraft({ ...draft, priority })}
      />
      <ConditionsFieldset conditions={draft.conditions} onChange={(conditions) => setDraft({ ...draft, conditions })} />
      <ActionFieldset
        legend="Then"
        cfn="Actions[0]"
        draft={draft.action}
        choices={choicesFor(spec, listenerId)}
        onChange={(action) => setDraft({ ...draft, action })}
      />
      <EditIssues issues={issues} />
      <FormButtons apply={rule ? 'Apply' : 'Add rule'} onCancel={onDone} />
    </form>
  );
}
