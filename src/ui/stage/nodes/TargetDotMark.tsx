import type { TargetState } from '../../../engine';

/**
 * A target on a call sheet, 14 px: shape first, color second (initial half-filled, healthy solid, unhealthy a
 * tilted square with a cross, draining a ring, as in the task marks).
 */
export function TargetDotMark({ state }: { readonly state: TargetState }) {
  return (
    <svg className="stage-dot" data-state={state} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {state === 'healthy' ? <circle cx="8" cy="8" r="6" className="fill" /> : null}
      {state === 'initial' ? (
        <>
          <circle cx="8" cy="8" r="5.5" className="line" />
          <path d="M8 2.5a5.5 5.5 0 0 0 0 11Z" className="fill" />
        </>
      ) : null}
      {state === 'unhealthy' ? (
        <>
          <rect x="3" y="3" width="10" height="10" rx="1.5" transform="rotate(45 8 8)" className="fill" />
          <path d="M6 6l4 4M10 6l-4 4" className="knock" />
        </>
      ) : null}
      {state === 'draining' ? (
        <>
          <circle cx="8" cy="8" r="5.5" className="line" />
          <path d="M8 2.5a5.5 5.5 0 0 1 5.5 5.5" className="arc" />
        </>
      ) : null}
      {state === 'unused' ? <circle cx="8" cy="8" r="5.5" className="line dashed" /> : null}
    </svg>
  );
}
