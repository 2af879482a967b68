import type { ReactNode } from 'react';
import { useSim, type SelectionKind } from '../../store';

export interface SelectButtonProps {
  readonly kind: SelectionKind;
  readonly id: string;
  readonly children: ReactNode;
  /** Extra words for screen readers when the visible text is terse, e.g. a rule's priority. */
  readonly label?: string;
}

/** Moves the inspector to a related node: from a task to its service, from a listener to a rule. */
export function SelectButton({ kind, id, children, label }: SelectButtonProps) {
  const select = useSim((state) => state.select);
  return (
    <button type="button" className="link-button" aria-label={label} onClick={() => select({ kind, id })}>
      {children}
    </button>
  );
}
