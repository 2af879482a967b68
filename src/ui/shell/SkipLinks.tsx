import type { MouseEvent, RefObject } from 'react';
import type { WorldView } from './WorldViewSwitch';

export interface SkipLinksProps {
  readonly view: WorldView;
  /** The workspace's main area, where the stage or the tables are. */
  readonly main: RefObject<HTMLElement | null>;
}

function focusOn(element: HTMLElement): void {
  // The stage's section is not in the Tab order; it takes focus only from here.
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}

/**
 * The first stops of the Tab order, shown when focused: straight to the stage (or the tables), and straight to its
 * first task, from where Enter selects it and Tab reaches its controls ("Crash task") in the inspector.
 */
export function SkipLinks({ view, main }: SkipLinksProps) {
  const toWorld = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const area = main.current;
    if (area) focusOn(area.querySelector<HTMLElement>('.stage') ?? area);
  };
  const toTasks = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const area = main.current;
    const task = area?.querySelector<HTMLElement>('.stage-task .stage-button');
    if (task) task.focus();
    else if (area) focusOn(area.querySelector<HTMLElement>('.stage') ?? area);
  };
  return (
    <div className="skip-links">
      <a className="skip-link" href="#stage" onClick={toWorld}>
        {view === 'stage' ? 'Skip to the stage' : 'Skip to the tables'}
      </a>
      {view === 'stage' ? (
        <a className="skip-link" href="#tasks" onClick={toTasks}>
          Skip to the tasks
        </a>
      ) : null}
    </div>
  );
}
