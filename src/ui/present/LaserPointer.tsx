import { useEffect, useRef, type RefObject } from 'react';
import { useSim } from '../../store';

/** How long a point of the trail takes to fade (wall time). */
const FADE_MS = 700;

/**
 * The laser pointer (Z): a red dot follows the mouse over the app and leaves a trail that fades, drawn on a canvas
 * that takes no pointer events, so the stage under it works as usual. Nothing is drawn, and no frame is asked for,
 * while the pointer is still and the trail has faded.
 */
export function LaserPointer({ root }: { readonly root: RefObject<HTMLElement | null> }) {
  const on = useSim((state) => state.presenter.laser);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = root.current;
    const canvas = canvasRef.current;
    if (!on || !element || !canvas) return undefined;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    const trail: { x: number; y: number; at: number }[] = [];
    let frame: number | null = null;
    const resize = () => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(element.clientWidth * ratio);
      canvas.height = Math.round(element.clientHeight * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
    };
    const draw = () => {
      frame = null;
      const now = performance.now();
      while (trail.length > 0 && now - trail[0]!.at > FADE_MS) trail.shift();
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.lineCap = 'round';
      for (let i = 1; i < trail.length; i++) {
        const a = trail[i - 1]!;
        const b = trail[i]!;
        const left = 1 - (now - b.at) / FADE_MS;
        context.strokeStyle = `rgba(230, 30, 40, ${(0.8 * left).toFixed(3)})`;
        context.lineWidth = 3 + 7 * left;
        context.beginPath();
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        context.stroke();
      }
      const head = trail[trail.length - 1];
      if (head) {
        context.fillStyle = 'rgba(255, 40, 50, 0.95)';
        context.beginPath();
        context.arc(head.x, head.y, 9, 0, Math.PI * 2);
        context.fill();
      }
      if (trail.length > 0) frame = requestAnimationFrame(draw);
    };
    const onMove = (event: PointerEvent) => {
      const box = element.getBoundingClientRect();
      trail.push({ x: event.clientX - box.left, y: event.clientY - box.top, at: performance.now() });
      if (frame === null) frame = requestAnimationFrame(draw);
    };
    resize();
    window.addEventListener('resize', resize);
    element.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('resize', resize);
      element.removeEventListener('pointermove', onMove);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [on, root]);

  if (!on) return null;
  return <canvas ref={canvasRef} className="laser-pointer" aria-hidden="true" data-testid="laser-pointer" />;
}
