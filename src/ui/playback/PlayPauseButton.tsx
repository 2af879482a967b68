import { useSim } from '../../store';

/** Its name says what pressing it does, so there is no separate pressed state to announce. */
export function PlayPauseButton() {
  const playing = useSim((state) => state.playing);
  const toggle = useSim((state) => state.togglePlaying);
  return (
    <button type="button" className="primary" onClick={toggle}>
      <span className="icon" aria-hidden="true">
        {playing ? '❚❚' : '▶'}
      </span>
      <span className="visually-hidden-narrow">{playing ? 'Pause' : 'Play'}</span>
    </button>
  );
}
