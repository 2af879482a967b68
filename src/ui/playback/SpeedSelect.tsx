import { useId } from 'react';
import { formatSpeed, SPEEDS, useSim } from '../../store';

export function SpeedSelect() {
  const speed = useSim((state) => state.speed);
  const setSpeed = useSim((state) => state.setSpeed);
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
    </span>
  );
}
