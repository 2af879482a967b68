/**
 * The dock's tabs, in the order a learner reaches for them. A tab is a name and a panel; adding one is a row here
 * and a panel in lazyPanels.ts. The tab list wraps, so all six fit.
 */
export type DockTab = 'lesson' | 'inspector' | 'narration' | 'metrics' | 'sandbox' | 'ruleTester';

export const DOCK_TABS: readonly { readonly id: DockTab; readonly label: string }[] = [
  { id: 'lesson', label: 'Lesson' },
  { id: 'inspector', label: 'Inspector' },
  { id: 'narration', label: 'Narration' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'sandbox', label: 'Sandbox' },
  { id: 'ruleTester', label: 'Rule tester' },
];

/** What the dock shows first: what is happening, and why, while the world starts. */
export const FIRST_TAB: DockTab = 'narration';

/** The dock's width in CSS pixels: its default share of the window, and the bounds a drag or the arrow keys keep to. */
export const DOCK_WIDTH = {
  /** Of the window's width, within min and max. */
  share: 0.2,
  min: 300,
  max: 720,
  /** The stage never gets narrower than this by resizing the dock. */
  stageMin: 360,
  /** One arrow key press; Page Up and Page Down move four. */
  step: 16,
} as const;

export function defaultDockWidth(windowWidth: number): number {
  return Math.round(Math.min(DOCK_WIDTH.max, Math.max(DOCK_WIDTH.min, windowWidth * DOCK_WIDTH.share)));
}

/** The widest the dock may be in a window this wide: the stage keeps its minimum. */
export function maxDockWidth(windowWidth: number): number {
  return Math.max(DOCK_WIDTH.min, Math.min(DOCK_WIDTH.max, windowWidth - DOCK_WIDTH.stageMin));
}

export function clampDockWidth(width: number, windowWidth: number): number {
  return Math.round(Math.min(maxDockWidth(windowWidth), Math.max(DOCK_WIDTH.min, width)));
}
