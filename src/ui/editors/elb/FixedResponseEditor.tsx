/** fixed-response: the load balancer answers itself (fact 97). */
import { CONTENT_TYPES, MAX_MESSAGE_BODY, type FixedResponseDraft } from './actionDraft';
import { SelectField, TextField } from '../form/fields';

const TYPE_OPTIONS = [{ value: '', label: '(none)' }, ...CONTENT_TYPES.map((t) => ({ value: t, label: t }))];

export interface FixedResponseEditorProps {
  readonly draft: FixedResponseDraft;
  /** A field's problem, by its path under the action. */
  readonly errorOf: (field: string) => string | undefined;
  readonly onChange: (draft: FixedResponseDraft) => void;
}

export function FixedResponseEditor({ draft, errorOf, onChange }: FixedResponseEditorProps) {
  return (
    <>
      <TextField
        label="Status code"
        cfn="FixedResponseConfig.StatusCode"
        numeric
        size="short"
        hint="2XX, 4XX or 5XX, e.g. 200, 404, 503."
        value={draft.statusCode}
        error={errorOf('FixedResponseConfig.StatusCode')}
        onChange={(statusCode) => onChange({ ...draft, statusCode })}
      />
      <SelectField
        label="Content type"
        cfn="FixedResponseConfig.ContentType"
        value={draft.contentType}
        options={TYPE_OPTIONS}
        onChange={(contentType) => onChange({ ...draft, contentType })}
      />
      <TextField
        label="Message body"
        cfn="FixedResponseConfig.MessageBody"
        multiline
        hint={`Up to ${MAX_MESSAGE_BODY} characters (${draft.messageBody.length} now).`}
        value={draft.messageBody}
        onChange={(messageBody) => onChange({ ...draft, messageBody })}
      />
    </>
  );
}
