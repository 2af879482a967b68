import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { DOCK_WIDTH, maxDockWidth } from './dockTabs';

export interface DockSeparatorProps {
  /** The dock's id, which the separator resizes. */
  readonly controls: string;
  readonly width: number;
  readonly windowWidth: number;
  readonly onResize: (width: number) => void;
  /** Enter hides the dock (its own button shows it again). */
  readonly onHide: () => void;
}

/**
 * The line between the stage and the dock: drag it, or focus it and use the arrow keys (the WAI-ARIA window
 * splitter). Its value is the dock's width in pixels: Left (or Up) widens the dock, Right (or Down) narrows it, Page
 * Up and Page Down by more, Home and End to the narrowest and widest, and Enter hides the dock. Only there while the dock is open.
 */
export function DockSeparator({ controls, width, windowWidth, onResize, onHide }: DockSeparatorProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const max = maxDockWidth(windowWidth);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = DOCK_WIDTH.step;
    const to: Record<string, number> = {
      ArrowLeft: width + step,
      ArrowUp: width + step,
      ArrowRight: width - step,
      ArrowDown: width - step,
      PageUp: width + 4 * step,
      PageDown: width - 4 * step,
      Home: DOCK_WIDTH.min,
      End: max,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      onHide();
      return;
    }
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) onResize(start.width + (start.x - event.clientX));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return (
    <div
      role="separator"
      className="dock-separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Resize the panel"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={DOCK_WIDTH.min}
      aria-valuemax={max}
      aria-valuetext={`Panel ${width} pixels wide`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
