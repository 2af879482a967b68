import { useSim } from '../../store';

/** The black screen (B): covers the whole window, says how to come back in small type the room will not notice. */
export function Blackout() {
  const on = useSim((state) => state.presenter.blackout);
  if (!on) return null;
  return (
    <div className="blackout" data-testid="blackout" role="status">
      <span className="blackout-hint">Black screen: B or Escape to come back</span>
    </div>
  );
}
