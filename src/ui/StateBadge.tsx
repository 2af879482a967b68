import './StateBadge.css';

export interface StateBadgeProps {
  /** The word shown, e.g. RUNNING or healthy; also the key for its mark and color. */
  readonly state: string;
  readonly label?: string;
}

/** A state word with a mark before it (drawn in CSS), so state never depends on color alone. */
export function StateBadge({ state, label }: StateBadgeProps) {
  return (
    <span className="badge" data-state={state}>
      {label ?? state}
    </span>
  );
}
