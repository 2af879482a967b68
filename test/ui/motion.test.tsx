// @vitest-environment jsdom
/**
 * The stage's motion: poses become keyframes from where the element is (a shake is evenly spaced frames), timings
 * are the pose's, and where the browser has no Web Animations the pose applies at once; a ring follows its value.
 */
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { motion } from '../../src/ui/motion';
import { createMotionValue } from '../../src/ui/motion/motionValue';
import { isInstant, poseKeyframes, poseStyle, timing, type Variants } from '../../src/ui/motion/poses';

const VARIANTS: Variants = {
  enter: { opacity: 0, scale: 0.85 },
  healthy: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0.22, ease: 'easeOut' } },
  unhealthy: { opacity: 1, scale: 1, rotate: -2.5, x: [0, -5, 5, -3, 3, 0], transition: { duration: 0.45, ease: 'easeOut' } },
  stopping: { opacity: 0.85, scale: 0.92, transition: { duration: 0 } },
};

describe('poses', () => {
  it('rest as a transform and an opacity, a shake at its last frame', () => {
    expect(poseStyle(VARIANTS.unhealthy!)).toEqual({ transform: 'translateX(0px) scale(1) rotate(-2.5deg)', opacity: '1' });
    expect(poseStyle(VARIANTS.enter!)).toEqual({ transform: 'translateX(0px) scale(0.85) rotate(0deg)', opacity: '0' });
  });

  it('tween from where the element is, and shake in evenly spaced frames', () => {
    const from = { transform: 'matrix(1, 0, 0, 1, 0, 0)', opacity: '0.5' };
    expect(poseKeyframes(from, VARIANTS.healthy!)).toEqual([from, { transform: 'translateX(0px) scale(1) rotate(0deg)', opacity: '1' }]);
    const shake = poseKeyframes(from, VARIANTS.unhealthy!);
    expect(shake).toHaveLength(6);
    expect(shake[0]).toEqual(from);
    expect(shake.slice(1).map((frame) => frame.offset)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(shake[1]).toMatchObject({ transform: 'translateX(-5px) scale(1) rotate(-2.5deg)' });
  });

  it('take their own time and curve; a zero duration is instant', () => {
    expect(timing(VARIANTS.unhealthy!)).toEqual({ duration: 450, easing: 'cubic-bezier(0, 0, 0.58, 1)', fill: 'forwards' });
    expect(timing(VARIANTS.enter!)).toMatchObject({ duration: 200 });
    expect(isInstant(VARIANTS.stopping!)).toBe(true);
    expect(isInstant(VARIANTS.healthy!)).toBe(false);
  });
});

describe('motion.div and motion.circle without Web Animations (jsdom)', () => {
  it('apply the pose at once, and follow a change of pose', () => {
    const { container, rerender } = render(<motion.div variants={VARIANTS} initial="enter" animate="healthy" className="box" />);
    const box = container.querySelector<HTMLElement>('.box');
    expect(box?.style.transform).toBe('translateX(0px) scale(1) rotate(0deg)');
    expect(box?.style.opacity).toBe('1');
    rerender(<motion.div variants={VARIANTS} initial="enter" animate="unhealthy" className="box" />);
    expect(box?.style.transform).toBe('translateX(0px) scale(1) rotate(-2.5deg)');
  });

  it('draw a ring to the share its value holds, as the value changes', () => {
    const share = createMotionValue(0.75);
    const { container } = render(
      <svg>
        <motion.circle cx="14" cy="14" r="12.5" style={{ pathLength: share }} />
      </svg>,
    );
    const circle = container.querySelector('circle');
    expect(circle?.getAttribute('pathLength')).toBe('1');
    expect(circle?.style.strokeDasharray).toBe('0.75 1');
    act(() => share.set(0.25));
    expect(circle?.style.strokeDasharray).toBe('0.25 1');
  });
});
