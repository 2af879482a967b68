import { useLayoutEffect, useRef, type SVGAttributes } from 'react';
import type { MotionValue } from './motionValue';

export interface MotionCircleProps extends Omit<SVGAttributes<SVGCircleElement>, 'style'> {
  /** `pathLength`: how much of the ring is drawn, 0 to 1, following the value as it changes. */
  readonly style: { readonly pathLength: MotionValue };
}

/** A circle drawn partly, as a share of its length: the dash is written to the element on each change, not rendered. */
export function MotionCircle({ style, ...rest }: MotionCircleProps) {
  const ref = useRef<SVGCircleElement>(null);
  const share = style.pathLength;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const draw = (value: number) => {
      element.style.strokeDasharray = `${value} 1`;
    };
    draw(share.get());
    return share.onChange(draw);
  }, [share]);
  return <circle ref={ref} pathLength={1} strokeDashoffset={0} {...rest} />;
}
