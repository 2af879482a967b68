/**
 * useEditAction for forms that read a draft first: a field that is not even a number is reported the same way,
 * beside the form, as a validator's refusal, and nothing is sent.
 */
import { useCallback, useState } from 'react';
import type { Command } from '../../../engine';
import type { ScenarioIssue } from '../../../scenario';
import { useEditAction } from '../useEditAction';
import type { DraftResult } from './draftResult';

export function useDraftEdit(): {
  readonly issues: readonly ScenarioIssue[];
  readonly applyDraft: (draft: DraftResult<Command>, label: string) => boolean;
  readonly apply: (command: Command, label: string) => boolean;
  readonly clear: () => void;
} {
  const edit = useEditAction();
  const [local, setLocal] = useState<readonly ScenarioIssue[]>([]);
  const { apply: applyEdit, clear: clearEdit } = edit;
  const apply = useCallback(
    (command: Command, label: string) => {
      setLocal([]);
      return applyEdit(command, label);
    },
    [applyEdit],
  );
  const applyDraft = useCallback(
    (draft: DraftResult<Command>, label: string) => {
      if (!draft.ok) {
        clearEdit();
        setLocal(draft.issues);
        return false;
      }
      return apply(draft.value, label);
    },
    [apply, clearEdit],
  );
  const clear = useCallback(() => {
    setLocal([]);
    clearEdit();
  }, [clearEdit]);
  return { issues: local.length > 0 ? local : edit.issues, applyDraft, apply, clear };
}
