import { useSimStore } from '../../store';
import { saveEventLog } from '../io/saveExport';

/**
 * Downloads the whole event log so far as JSON lines, replayed from the scenario, seed and commands: the same
 * bytes the command line prints for the same run, written into the file piece by piece whatever its length.
 */
export function ExportLogButton() {
  const store = useSimStore();
  const onClick = () => void saveEventLog(store);
  return (
    <button type="button" className="button-secondary" onClick={onClick}>
      <span className="icon" aria-hidden="true">
        ⤓
      </span>
      <span className="visually-hidden-narrow">Download event log</span>
    </button>
  );
}
