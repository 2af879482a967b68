/** The default rule has no priority and no conditions; only its action changes, as the listener's DefaultActions. */
import { useState } from 'react';
import type { ListenerSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditorForm } from '../form/EditorForm';
import { useDraftForm } from '../form/useDraftForm';
import { actionToDraft, type ActionDraft } from './actionDraft';
import { ActionFieldset } from './ActionFieldset';
import { modifyDefaultActionCommand } from './listenerDraft';
import { targetGroupChoices } from './ruleDraft';
import { choicesFor } from './targetGroupChoices';

export function DefaultActionForm({ listener, onDone }: { readonly listener: ListenerSpec; readonly onDone: () => void }) {
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const [draft, setDraft] = useState<ActionDraft>(() => actionToDraft(listener.defaultActions[0], targetGroupChoices(spec, listener.id)[0] ?? null));
  const { issues, errors, applyDraft } = useDraftForm();
  const submit = () => {
    if (applyDraft(modifyDefaultActionCommand(listener, draft), `Edit default rule ${listener.protocol}:${listener.port}`)) onDone();
  };
  return (
    <EditorForm sends={['modifyListener']} title={`Edit ${term(lens, 'defaultRule').one.toLowerCase()}`} applyLabel="Apply" onApply={submit} onCancel={onDone} issues={issues} errors={errors}>
      <ActionFieldset legend="Then" base="DefaultActions[0]" draft={draft} choices={choicesFor(spec, listener.id)} errors={errors} onChange={setDraft} />
    </EditorForm>
  );
}
