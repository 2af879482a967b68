/**
 * The moment the stage's first picture is on screen: what that picture does not need (the requests in flight, the
 * captions, the key table) is fetched right after it, so its downloads and its start-up work do not hold the first
 * frame back. The stage says when (`firstFramePainted`, StageView): React Flow hides its nodes until it has measured
 * them, so it is the paint after the first node is measured. A page whose stage never says so (none mounted yet,
 * or one that cannot measure) goes on after FALLBACK_MS from the first asking.
 */
import { useEffect, useState } from 'react';

const FALLBACK_MS = 1500;

let painted = false;
let resolvePainted: () => void = () => {};
const paintedPromise = new Promise<void>((resolve) => {
  resolvePainted = resolve;
});
let fallback: ReturnType<typeof setTimeout> | null = null;

/** The stage's first picture has been painted: what waits for it may load now. */
export function firstFramePainted(): void {
  painted = true;
  resolvePainted();
}

/** Whether the stage's first picture has been painted (or the fallback has passed). */
export function isFirstFramePainted(): boolean {
  return painted;
}

/** Resolves once the stage's first picture has been painted. */
export function afterFirstFrame(): Promise<void> {
  fallback ??= setTimeout(firstFramePainted, FALLBACK_MS);
  return paintedPromise;
}

/** False until the stage's first picture has been painted, then true (and a re-render). */
export function useAfterFirstFrame(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return undefined;
    let live = true;
    void afterFirstFrame().then(() => {
      if (live) setDone(true);
    });
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}
