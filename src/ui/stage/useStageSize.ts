import { useEffect, useState, type RefObject } from 'react';

export interface StageSize {
  /** CSS pixels; null before the first measurement. */
  readonly width: number | null;
  /** Pixels per rem at the root, so presenter mode's larger type grows the boxes too. */
  readonly rem: number;
}

function rootRem(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The stage's width (rounded, so sub-pixel jitter does not re-render) and the root font size. */
export function useStageSize(ref: RefObject<HTMLElement | null>): StageSize {
  const [size, setSize] = useState<StageSize>({ width: null, rem: 16 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const width = Math.round(element.getBoundingClientRect().width);
      const rem = rootRem();
      setSize((current) => (current.width === width && current.rem === rem ? current : { width, rem }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
