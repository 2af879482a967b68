import { useCallback, useEffect, useState } from 'react';
import type { Command } from '../../engine';
import type { ScenarioIssue } from '../../scenario';
import { loadScenarioLoader, useSimStore } from '../../store';

/**
 * Runs an edit through the store (validated, applied whole or not at all) and keeps what the validators said, so
 * a form can show it inline. `apply` returns whether the edit was applied.
 */
export function useEditAction(): {
  readonly issues: readonly ScenarioIssue[];
  readonly apply: (commands: Command | readonly Command[], label: string) => boolean;
  readonly clear: () => void;
} {
  const store = useSimStore();
  const [issues, setIssues] = useState<readonly ScenarioIssue[]>([]);
  // Edits are checked by the loader's validators, which are not on the first frame: a form that can edit fetches
  // them as it appears, long before it can be submitted.
  useEffect(() => void loadScenarioLoader(), []);
  const apply = useCallback(
    (commands: Command | readonly Command[], label: string) => {
      const result = store.getState().edit(commands, label);
      setIssues(result.ok ? result.warnings : result.errors);
      return result.ok;
    },
    [store],
  );
  const clear = useCallback(() => setIssues([]), []);
  return { issues, apply, clear };
}
