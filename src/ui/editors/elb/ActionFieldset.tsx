/** The one routing action a rule (or a listener's default rule) performs: forward, fixed-response or redirect. */
import type { FieldErrors } from '../form/draft';
import { CfnName, SelectField } from '../form/fields';
import { ACTION_KINDS, actionField, type ActionDraft, type ActionKind } from './actionDraft';
import { FixedResponseEditor } from './FixedResponseEditor';
import { ForwardEditor, type TargetGroupChoice } from './ForwardEditor';
import { RedirectEditor } from './RedirectEditor';

export interface ActionFieldsetProps {
  readonly legend: string;
  /** The action's property path: Actions[0] or DefaultActions[0]. */
  readonly base: string;
  readonly draft: ActionDraft;
  readonly choices: readonly TargetGroupChoice[];
  /** The form's field problems; this action's are keyed under `Properties.<base>`. */
  readonly errors: FieldErrors;
  readonly onChange: (draft: ActionDraft) => void;
}

const KIND_OPTIONS = ACTION_KINDS.map((k) => ({ value: k.kind, label: `${k.kind} (${k.label})` }));

export function ActionFieldset({ legend, base, draft, choices, errors, onChange }: ActionFieldsetProps) {
  const errorOf = (field: string) => errors[actionField(base, field)];
  return (
    <fieldset className="edit-fieldset">
      <legend>
        {legend} <CfnName name={base} />
      </legend>
      <SelectField<ActionKind> label="Action type" cfn="Type" value={draft.kind} options={KIND_OPTIONS} onChange={(kind) => onChange({ ...draft, kind })} />
      {draft.kind === 'forward' ? (
        <ForwardEditor targets={draft.forward} choices={choices} errorOf={errorOf} onChange={(forward) => onChange({ ...draft, forward })} />
      ) : draft.kind === 'fixed-response' ? (
        <FixedResponseEditor draft={draft.fixed} errorOf={errorOf} onChange={(fixed) => onChange({ ...draft, fixed })} />
      ) : (
        <RedirectEditor draft={draft.redirect} onChange={(redirect) => onChange({ ...draft, redirect })} />
      )}
    </fieldset>
  );
}
