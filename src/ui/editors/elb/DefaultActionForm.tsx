/** The default rule has no priority and no conditions; only its action changes, as the listener's DefaultActions. */
import { useId, useState, type FormEvent } from 'react';
import type { ListenerSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditIssues } from '../EditIssues';
import { actionToDraft, type ActionDraft } from './actionDraft';
import { ActionFieldset } from './ActionFieldset';
import { FormButtons } from './Field';
import { modifyDefaultActionCommand } from './listenerDraft';
import { targetGroupChoices } from './ruleDraft';
import { choicesFor } from './targetGroupChoices';
import { useDraftEdit } from './useDraftEdit';
import './editors.css';

export function DefaultActionForm({ listener, onDone }: { readonly listener: ListenerSpec; readonly onDone: () => void }) {
  const spec = useSim((state) => state.spec);
  const lens = useSim((state) => state.lens);
  const headingId = useId();
  const [draft, setDraft] = useState<ActionDraft>(() => actionToDraft(listener.defaultActions[0], targetGroupChoices(spec, listener.id)[0] ?? null));
  const { issues, applyDraft } = useDraftEdit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (applyDraft(modifyDefaultActionCommand(listener, draft), `Edit default rule ${listener.protocol}:${listener.port}`)) onDone();
  };
  return (
    <form className="elb-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId}>Edit {term(lens, 'defaultRule').one.toLowerCase()}</h4>
      <ActionFieldset legend="Then" cfn="DefaultActions[0]" draft={draft} choices={choicesFor(spec, listener.id)} onChange={setDraft} />
      <EditIssues issues={issues} />
      <FormButtons apply="Apply" onCancel={onDone} />
    </form>
  );
}
