/** Add or edit a listener: port, protocol and its default action (what the default rule does). */
import { useState } from 'react';
import type { ListenerSpec } from '../../../engine';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { EditorForm } from '../form/EditorForm';
import { SelectField, TextField } from '../form/fields';
import { useDraftForm } from '../form/useDraftForm';
import { ActionFieldset } from './ActionFieldset';
import { createListenerCommand, listenerToDraft, modifyListenerCommand, newListenerDraft, type ListenerDraft, type ListenerProtocol } from './listenerDraft';
import { choicesFor } from './targetGroupChoices';

export interface ListenerFormProps {
  readonly loadBalancerId: string;
  /** The listener to edit; absent: a new one on the load balancer. */
  readonly listener?: ListenerSpec;
  readonly onDone: () => void;
}

const PROTOCOLS: readonly { value: ListenerProtocol; label: string }[] = [
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
];

export function ListenerForm({ loadBalancerId, listener, onDone }: ListenerFormProps) {
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const [draft, setDraft] = useState<ListenerDraft>(() => (listener ? listenerToDraft(spec, listener) : newListenerDraft(spec, loadBalancerId)));
  const { issues, errors, applyDraft } = useDraftForm();
  const word = term(lens, 'listener').one.toLowerCase();
  const title = listener ? `Edit ${word} ${listener.protocol}:${listener.port}` : `Add ${word}`;

  const submit = () => {
    const command = listener ? modifyListenerCommand(listener, draft) : createListenerCommand(spec, loadBalancerId, draft);
    if (applyDraft(command, listener ? `Edit listener ${listener.protocol}:${listener.port}` : `Add listener ${draft.protocol}:${draft.port}`)) onDone();
  };

  return (
    <EditorForm sends={[listener ? 'modifyListener' : 'createListener']} title={title} applyLabel={listener ? 'Apply' : 'Add listener'} onApply={submit} onCancel={onDone} issues={issues} errors={errors}>
      <div className="edit-row">
        <TextField
          label="Port"
          cfn="Port"
          numeric
          size="short"
          hint="1-65535, one listener per port."
          value={draft.port}
          error={errors['Properties.Port']}
          onChange={(port) => setDraft({ ...draft, port })}
        />
        <SelectField<ListenerProtocol>
          label="Protocol"
          cfn="Protocol"
          value={draft.protocol}
          options={PROTOCOLS}
          hint={draft.protocol === 'HTTPS' ? 'AWS needs a certificate; the simulator does not model TLS.' : undefined}
          onChange={(protocol) => setDraft({ ...draft, protocol })}
        />
      </div>
      <ActionFieldset
        legend={`${term(lens, 'defaultRule').one}: when no rule matches`}
        base="DefaultActions[0]"
        draft={draft.action}
        choices={choicesFor(spec, listener?.id ?? null)}
        errors={errors}
        onChange={(action) => setDraft({ ...draft, action })}
      />
    </EditorForm>
  );
}
