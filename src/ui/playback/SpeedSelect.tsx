import { useId } from 'react';
import { heldClockWords } from '../../lens/heldClockWords';
import { formatSpeed, SPEEDS, useSim } from '../../store';

/** What the page says while the engine cannot do a frame's work in a frame (the playback loop's budget). */
export function paceText(achieved: number, chosen: number): string {
  return `running at ${formatSpeed(achieved)}: the simulation cannot keep up with ${formatSpeed(chosen)}`;
}

export function SpeedSelect() {
  const speed = useSim((state) => state.speed);
  const achieved = useSim((state) => state.achievedSpeed);
  const setSpeed = useSim((state) => state.setSpeed);
  // A lesson's question, or a step done and waiting for Next, holds the clock while it plays: said here too, so a
  // still clock is not taken for a fault.
  const held = useSim((state) => {
    if (!state.playing || !state.clockHeld) return null;
    const words = heldClockWords(state.lens);
    return state.lessonPlay?.status?.prediction?.state === 'asking' ? words.held : words.heldForNext;
  });
  const id = useId();
  return (
    <span className="speed">
      <label htmlFor={id} className="visually-hidden-narrow">
        Speed
      </label>
      <select id={id} value={String(speed)} onChange={(event) => setSpeed(Number(event.target.value))}>
        {SPEEDS.map((value) => (
          <option key={value} value={String(value)}>
            {formatSpeed(value)}
          </option>
        ))}
      </select>
      {/* Always in the page, so a screen reader hears it when it appears. */}
      <span className="speed-pace" role="status">
        {held ?? (achieved === null ? null : paceText(achieved, speed))}
      </span>
    </span>
  );
}
