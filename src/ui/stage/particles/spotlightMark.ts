/**
 * The one request the rule tester sent, drawn so it stands out from the traffic: bigger, ringed, and labelled
 * (shape and words, not color alone). With reduced motion it does not travel: it is drawn once where it ends up.
 */
import type { Palette } from './palette';

/** How long a spotlit request's mark stays on screen after it lands (wall-clock ms). */
export const SPOT_WALL_MS = 4000;

export function drawSpotlight(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number,
  label: string,
  color: string,
  error: boolean,
  palette: Palette,
): void {
  const r = size * 1.8;
  ctx.fillStyle = color;
  ctx.strokeStyle = error ? palette.error : palette.halo;
  ctx.lineWidth = size * 0.5;
  if (error) {
    ctx.fillRect(x - r, y - r, r * 2, r * 2);
    ctx.strokeRect(x - r, y - r, r * 2, r * 2);
  } else {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  // The ring: two strokes, ink over halo, so it reads on any box in either scheme.
  ctx.beginPath();
  ctx.arc(x, y, r * 2, 0, Math.PI * 2);
  ctx.lineWidth = size * 0.9;
  ctx.strokeStyle = palette.halo;
  ctx.stroke();
  ctx.lineWidth = size * 0.45;
  ctx.strokeStyle = palette.ink ?? palette.neutral;
  ctx.stroke();
  ctx.font = `700 ${size * 2.6}px system-ui, sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = size * 0.8;
  ctx.strokeStyle = palette.halo;
  ctx.strokeText(label, x + r * 2.5, y);
  ctx.fillStyle = palette.ink ?? palette.neutral;
  ctx.fillText(label, x + r * 2.5, y);
}
