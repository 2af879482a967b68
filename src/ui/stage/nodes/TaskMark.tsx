import { DrainRing } from './DrainRing';
import type { TaskVisual } from '../taskVisual';

export interface TaskMarkProps {
  readonly visual: TaskVisual;
  readonly drainingEndsAt: number | null;
  readonly drainMs: number;
}

/**
 * A task's state as a shape (design.md's table): dashed hollow while pending, half-filled with a clock while
 * starting, solid with a check when healthy, a cross when unhealthy, a ring with two turning arrows while ECS
 * replaces it for another reason (it still serves), a ring emptying while draining, hollow and struck through while
 * stopping. Colors come from the --state-* tokens via stageTasks.css.
 */
export function TaskMark({ visual, drainingEndsAt, drainMs }: TaskMarkProps) {
  return (
    <svg className="stage-mark" data-visual={visual} viewBox="0 0 28 28" width="1.75rem" height="1.75rem" aria-hidden="true" focusable="false">
      {visual === 'pending' ? <circle cx="14" cy="14" r="9" className="line dashed" /> : null}
      {visual === 'initial' ? (
        <>
          <circle cx="14" cy="14" r="9" className="line" />
          <path d="M14 5a9 9 0 0 0 0 18Z" className="fill stage-pulse" />
          <circle cx="20.5" cy="20.5" r="4.5" className="clock-face" />
          <path d="M20.5 18v2.5h2" className="clock-hands" />
        </>
      ) : null}
      {visual === 'healthy' ? (
        <>
          <circle cx="14" cy="14" r="10" className="fill" />
          <path d="M9.5 14.5l3 3 6-6.5" className="knock" />
        </>
      ) : null}
      {visual === 'unhealthy' ? (
        <>
          <circle cx="14" cy="14" r="10" className="fill" />
          <path d="M10 10l8 8M18 10l-8 8" className="knock" />
        </>
      ) : null}
      {visual === 'replacing' ? (
        <>
          <circle cx="14" cy="14" r="10" className="line" />
          <path d="M19 12.5A5.2 5.2 0 0 0 9.6 11" className="line thin" />
          <path d="M9 7.8v3.6h3.6" className="line thin" />
          <path d="M9 15.5A5.2 5.2 0 0 0 18.4 17" className="line thin" />
          <path d="M19 20.2v-3.6h-3.6" className="line thin" />
        </>
      ) : null}
      {visual === 'draining' ? (
        <>
          <circle cx="14" cy="14" r="12.5" className="ring-track" />
          {drainingEndsAt !== null ? <DrainRing endsAt={drainingEndsAt} totalMs={drainMs} /> : null}
          <circle cx="14" cy="14" r="8" className="line" />
          <path d="M14 9.5v4.5l3 2" className="line thin" />
        </>
      ) : null}
      {visual === 'stopping' || visual === 'gone' ? (
        <>
          <circle cx="14" cy="14" r="9" className="line" />
          <path d="M6 22L22 6" className="line" />
        </>
      ) : null}
    </svg>
  );
}
