/** The one routing action a rule (or a listener's default rule) performs: forward, fixed-response or redirect. */
import { ACTION_KINDS, type ActionDraft, type ActionKind } from './actionDraft';
import { SelectField } from './Field';
import { FixedResponseEditor } from './FixedResponseEditor';
import { ForwardEditor, type TargetGroupChoice } from './ForwardEditor';
import { RedirectEditor } from './RedirectEditor';

export interface ActionFieldsetProps {
  readonly legend: string;
  /** Actions[0] or DefaultActions[0]. */
  readonly cfn: string;
  readonly draft: ActionDraft;
  readonly choices: readonly TargetGroupChoice[];
  readonly onChange: (draft: ActionDraft) => void;
}

const KIND_OPTIONS = ACTION_KINDS.map((k) => ({ value: k.kind, label: `${k.kind} (${k.label})` }));

export function ActionFieldset({ legend, cfn, draft, choices, onChange }: ActionFieldsetProps) {
  return (
    <fieldset className="elb-group">
      <legend>
        {legend} <span className="elb-cfn mono">{cfn}</span>
      </legend>
      <SelectField<ActionKind> label="Action type" cfn="Type" value={draft.kind} options={KIND_OPTIONS} onChange={(kind) => onChange({ ...draft, kind })} />
      {draft.kind === 'forward' ? (
        <ForwardEditor targets={draft.forward} choices={choices} onChange={(forward) => onChange({ ...draft, forward })} />
      ) : draft.kind === 'fixed-response' ? (
        <FixedResponseEditor draft={draft.fixed} onChange={(fixed) => onChange({ ...draft, fixed })} />
      ) : (
        <RedirectEditor draft={draft.redirect} onChange={(redirect) => onChange({ ...draft, redirect })} />
      )}
    </fieldset>
  );
}
