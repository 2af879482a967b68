/**
 * Poses (opacity, scale, rotation, a sideways shake) and how to move between them with the Web Animations API: the
 * browser runs the tween, nothing runs per frame in JavaScript, and a pose is reached exactly when it ends.
 */
export type Ease = 'easeOut' | 'easeIn' | 'easeInOut' | 'linear';

export interface Transition {
  /** Seconds. */
  readonly duration?: number;
  readonly ease?: Ease;
}

export interface Pose {
  readonly opacity?: number;
  readonly scale?: number;
  /** Degrees. */
  readonly rotate?: number;
  /** Pixels; a list is a sequence of keyframes (a shake), evenly spaced. */
  readonly x?: number | readonly number[];
  /** How to reach this pose. */
  readonly transition?: Transition;
}

export type Variants = Readonly<Record<string, Pose>>;

export interface PoseStyle {
  readonly transform: string;
  readonly opacity: string;
}

/** The same curves as the common animation libraries' named eases. */
const EASING: Readonly<Record<Ease, string>> = {
  easeOut: 'cubic-bezier(0, 0, 0.58, 1)',
  easeIn: 'cubic-bezier(0.42, 0, 1, 1)',
  easeInOut: 'cubic-bezier(0.42, 0, 0.58, 1)',
  linear: 'linear',
};

/** Without a transition of its own a pose is reached this way. */
const DEFAULT_TRANSITION: Required<Transition> = { duration: 0.2, ease: 'easeOut' };

function last(x: Pose['x']): number {
  if (x === undefined) return 0;
  return typeof x === 'number' ? x : (x[x.length - 1] ?? 0);
}

function transform(x: number, scale: number, rotate: number): string {
  return `translateX(${x}px) scale(${scale}) rotate(${rotate}deg)`;
}

/** The pose's resting style (its last keyframe). */
export function poseStyle(pose: Pose): PoseStyle {
  return { transform: transform(last(pose.x), pose.scale ?? 1, pose.rotate ?? 0), opacity: String(pose.opacity ?? 1) };
}

/**
 * Keyframes from where the element is now (its computed transform and opacity) to the pose; a list of x values
 * becomes that many evenly spaced frames, with scale and rotation already at the pose's.
 */
export function poseKeyframes(from: PoseStyle, pose: Pose): Keyframe[] {
  const end = poseStyle(pose);
  const xs = typeof pose.x === 'object' ? pose.x : null;
  if (xs === null || xs.length < 2) return [{ ...from }, { ...end }];
  const scale = pose.scale ?? 1;
  const rotate = pose.rotate ?? 0;
  // The first frame is where the element is; the shake plays over the rest.
  return [{ ...from }, ...xs.slice(1).map((x, index) => ({ transform: transform(x, scale, rotate), opacity: end.opacity, offset: (index + 1) / (xs.length - 1) }))];
}

export function timing(pose: Pose): KeyframeAnimationOptions {
  const duration = pose.transition?.duration ?? DEFAULT_TRANSITION.duration;
  return { duration: duration * 1000, easing: EASING[pose.transition?.ease ?? DEFAULT_TRANSITION.ease], fill: 'forwards' };
}

export function isInstant(pose: Pose): boolean {
  return (pose.transition?.duration ?? DEFAULT_TRANSITION.duration) <= 0;
}
