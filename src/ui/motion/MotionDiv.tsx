import { useLayoutEffect, useRef, type HTMLAttributes } from 'react';
import { isInstant, poseKeyframes, poseStyle, timing, type Pose, type PoseStyle, type Variants } from './poses';

export interface MotionDivProps extends HTMLAttributes<HTMLDivElement> {
  readonly variants: Variants;
  /** The pose it appears in, animating to `animate`; false appears in `animate` at once. */
  readonly initial?: string | false;
  /** The pose to be in: changing it animates there from wherever the element is. */
  readonly animate: string;
}

function apply(element: HTMLElement, style: PoseStyle): void {
  element.style.transform = style.transform;
  element.style.opacity = style.opacity;
}

/** Where the element is now, mid-animation included. */
function current(element: HTMLElement): PoseStyle {
  const computed = getComputedStyle(element);
  return { transform: computed.transform === 'none' ? 'translateX(0px)' : computed.transform, opacity: computed.opacity || '1' };
}

/**
 * A div that moves between named poses. The style is written to the element, never through React, so a re-render
 * does not restart or undo an animation. Where the browser has no Web Animations (jsdom), poses apply at once.
 */
export function MotionDiv({ variants, initial = false, animate, ...rest }: MotionDivProps) {
  const ref = useRef<HTMLDivElement>(null);
  const running = useRef<Animation | null>(null);
  const shown = useRef<string | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    const target: Pose | undefined = variants[animate];
    if (!element || !target || shown.current === animate) return;
    const first = shown.current === null;
    shown.current = animate;
    const start: Pose | undefined = first && initial !== false ? variants[initial] : undefined;
    if (first && start) apply(element, poseStyle(start));
    if ((first && !start) || isInstant(target) || typeof element.animate !== 'function') {
      running.current?.cancel();
      running.current = null;
      apply(element, poseStyle(target));
      return;
    }
    const from = current(element);
    running.current?.cancel();
    const animation = element.animate(poseKeyframes(from, target), timing(target));
    running.current = animation;
    animation.onfinish = () => {
      // Rest in the pose as plain style, so the finished animation holds nothing.
      apply(element, poseStyle(target));
      animation.cancel();
      if (running.current === animation) running.current = null;
    };
  }, [variants, initial, animate]);

  useLayoutEffect(() => () => running.current?.cancel(), []);

  return <div ref={ref} {...rest} />;
}
