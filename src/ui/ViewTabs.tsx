import { useId, type KeyboardEvent, type ReactNode } from 'react';

export type WorldView = 'stage' | 'tables';

export interface ViewTabsProps {
  readonly view: WorldView;
  readonly onChange: (view: WorldView) => void;
  readonly stage: ReactNode;
  readonly tables: ReactNode;
}

const VIEWS: readonly { id: WorldView; label: string }[] = [
  { id: 'stage', label: 'Stage' },
  { id: 'tables', label: 'Tables' },
];

/** The stage, or the same world as tables (a parallel view for screen readers and close reading). */
export function ViewTabs({ view, onChange, stage, tables }: ViewTabsProps) {
  const base = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = view === 'stage' ? 'tables' : 'stage';
    onChange(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <div className="view-tabs">
      <div role="tablist" aria-label="World view" className="tablist">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            id={`${base}-tab-${v.id}`}
            type="button"
            role="tab"
            aria-selected={view === v.id}
            aria-controls={`${base}-panel-${v.id}`}
            tabIndex={view === v.id ? 0 : -1}
            className="tab"
            onClick={() => onChange(v.id)}
            onKeyDown={onKeyDown}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div id={`${base}-panel-${view}`} role="tabpanel" aria-labelledby={`${base}-tab-${view}`} className="tabpanel">
        {view === 'stage' ? stage : tables}
      </div>
    </div>
  );
}
