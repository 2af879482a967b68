import { useSimStore } from '../store';
import { downloadBlob } from './io/download';
import { eventLogFile } from './io/exports';

/**
 * Downloads the whole event log so far as JSON lines, replayed from the scenario, seed and commands: the same
 * bytes the command line prints for the same run, written into the file piece by piece whatever its length.
 */
export function ExportLogButton() {
  const store = useSimStore();
  const onClick = () => {
    const file = eventLogFile(store.getState(), `ecs-orchestra-events-${store.getState().now}ms.jsonl`);
    downloadBlob(file.blob, file.fileName);
  };
  return (
    <button type="button" className="button-secondary" onClick={onClick}>
      Download event log
    </button>
  );
}
