import type { KeyboardEvent } from 'react';

export type WorldView = 'stage' | 'tables';

const VIEWS: readonly { id: WorldView; label: string }[] = [
  { id: 'stage', label: 'Stage' },
  { id: 'tables', label: 'Tables' },
];

export interface WorldViewSwitchProps {
  readonly view: WorldView;
  readonly onChange: (view: WorldView) => void;
  /** The element that shows the chosen view (the workspace's main area). */
  readonly panelId: string;
  readonly tabId: (view: WorldView) => string;
}

/** The stage, or the same world as tables (a parallel view for screen readers and close reading): two tabs in the top bar. */
export function WorldViewSwitch({ view, onChange, panelId, tabId }: WorldViewSwitchProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = view === 'stage' ? 'tables' : 'stage';
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label="World view" className="view-switch">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          id={tabId(v.id)}
          type="button"
          role="tab"
          aria-selected={view === v.id}
          aria-controls={panelId}
          tabIndex={view === v.id ? 0 : -1}
          className="view-switch-tab"
          onClick={() => onChange(v.id)}
          onKeyDown={onKeyDown}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
