import { SWITCHED_LENS } from '../../lens/vocabulary';
import { useSim } from '../../store';
import './lensSwitch.css';

/** One switch flips every label between AWS terms and orchestra terms. */
export function LensSwitch() {
  const lens = useSim((state) => state.lens);
  const toggleLens = useSim((state) => state.toggleLens);
  const on = lens === SWITCHED_LENS;
  return (
    <button type="button" role="switch" aria-checked={on} className="switch" onClick={toggleLens} title="Read the stage in orchestra terms (L)">
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span>Orchestra lens</span>
    </button>
  );
}
