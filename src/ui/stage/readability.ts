/**
 * When the stage's text can be read. The smallest text on the stage is 0.75rem (geometry.ts budgets every box
 * for it), so at zoom z it renders at z x 0.75 x rem pixels. At 12 px or more it reads at a glance; a task whose
 * text would render under 10 px is too small to read, and its service draws as one block with its counts instead
 * (semantic zoom) until the learner zooms in or selects it.
 */
import type { Density } from './geometry';

export const MIN_TEXT_REM = 0.75;
/** The stage reads at a glance when its smallest text renders at this size or more. */
export const READABLE_PX = 12;
/** Under this a task's words are too small to read: its service draws as a block. */
export const TASK_LEGIBLE_PX = 10;

/** Rendered size of the stage's smallest text at `zoom`. */
export function smallestTextPx(zoom: number, rem: number): number {
  return zoom * MIN_TEXT_REM * rem;
}

/** The zoom at which the smallest text renders at `px`. */
export function zoomForTextPx(px: number, rem: number): number {
  return px / (MIN_TEXT_REM * rem);
}

/** Whether tasks draw at `zoom` (otherwise their services are blocks). */
export function tasksLegible(zoom: number, rem: number): boolean {
  return smallestTextPx(zoom, rem) >= TASK_LEGIBLE_PX - 1e-6;
}

/** The padding of a fitted stage, in px on each side. */
export const FIT_PADDING_PX = 8;

/** The zoom at which a picture of `bounds` fits a pane of `pane` (as React Flow's fitBounds computes it). */
export function fitZoom(bounds: { readonly w: number; readonly h: number }, pane: { readonly w: number; readonly h: number }, padding = FIT_PADDING_PX): number {
  if (bounds.w <= 0 || bounds.h <= 0) return 1;
  return Math.min((pane.w - padding * 2) / bounds.w, (pane.h - padding * 2) / bounds.h);
}

/**
 * Cards when they fit the pane at a zoom that reads at a glance, else chips (a mark and a number per task), which
 * need about half the room: a projector's smaller stage still reads at 12 px.
 */
export function chooseDensity(cardsZoom: number, rem: number): Density {
  return smallestTextPx(cardsZoom, rem) >= READABLE_PX - 1e-6 ? 'cards' : 'chips';
}
