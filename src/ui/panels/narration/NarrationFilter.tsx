import type { NarrationCategory } from '../../../lens/narration';

export const FILTER_LABELS: Readonly<Record<Exclude<NarrationCategory, 'request'>, string>> = {
  service: 'Service events',
  deployment: 'Deployments',
  task: 'Tasks',
  target: 'Targets',
  command: 'Commands',
};

/** Requests are counted, never logged, so they have no toggle. */
export const FILTERABLE = Object.keys(FILTER_LABELS) as readonly (keyof typeof FILTER_LABELS)[];

export interface NarrationFilterProps {
  readonly shown: ReadonlySet<NarrationCategory>;
  readonly onToggle: (category: NarrationCategory) => void;
}

/** Toggle buttons, one per category; all start pressed so nothing is hidden until the learner asks. */
export function NarrationFilter({ shown, onToggle }: NarrationFilterProps) {
  return (
    <div className="narration-filter" role="group" aria-label="Show">
      <span className="narration-filter-label" aria-hidden="true">
        Show
      </span>
      {FILTERABLE.map((category) => (
        <button
          key={category}
          type="button"
          className="toggle"
          aria-pressed={shown.has(category)}
          data-category={category}
          onClick={() => onToggle(category)}
        >
          {FILTER_LABELS[category]}
        </button>
      ))}
    </div>
  );
}
