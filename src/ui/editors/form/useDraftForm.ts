/**
 * An editor form's two kinds of problems: its own (fields that cannot be read, shown under each field) and AWS's
 * (the validators' refusal of the command, shown under the form). Applying clears both before it tries again.
 */
import { useCallback, useState } from 'react';
import type { Command } from '../../../engine';
import type { ScenarioIssue } from '../../../scenario';
import { useEditAction } from '../useEditAction';
import type { DraftResult, FieldErrors } from './draft';

const NO_ERRORS: FieldErrors = {};

export interface DraftForm {
  /** What the validators said about the last command sent, in AWS's words. */
  readonly issues: readonly ScenarioIssue[];
  /** The fields the last Apply could not read. */
  readonly errors: FieldErrors;
  /** Applies the commands (validated, applied whole or not at all); whether they were applied. */
  readonly apply: (commands: Command | readonly Command[], label: string) => boolean;
  /** Applies a draft's command, or shows its field problems and sends nothing. */
  readonly applyDraft: (draft: DraftResult<Command | readonly Command[]>, label: string) => boolean;
  /** Shows field problems found while reading the form; nothing is sent. */
  readonly reject: (errors: FieldErrors) => void;
}

export function useDraftForm(): DraftForm {
  const edit = useEditAction();
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const { apply: applyEdit, clear } = edit;
  const apply = useCallback(
    (commands: Command | readonly Command[], label: string) => {
      setErrors(NO_ERRORS);
      return applyEdit(commands, label);
    },
    [applyEdit],
  );
  const reject = useCallback(
    (found: FieldErrors) => {
      clear();
      setErrors(found);
    },
    [clear],
  );
  const applyDraft = useCallback(
    (draft: DraftResult<Command | readonly Command[]>, label: string) => {
      if (draft.ok) return apply(draft.value, label);
      reject(draft.errors);
      return false;
    },
    [apply, reject],
  );
  return { issues: edit.issues, errors, apply, applyDraft, reject };
}
