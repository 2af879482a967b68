import { useSimStore } from '../store';

/**
 * Downloads the whole event log so far as JSON lines, replayed from the scenario, seed and commands: the same
 * bytes the command line prints for the same run.
 */
export function ExportLogButton() {
  const store = useSimStore();
  const onClick = () => {
    const text = store.getState().exportEventLog();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `ecs-orchestra-events-${store.getState().now}ms.jsonl`;
    link.click();
    // Let the download start before the object URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button-secondary" onClick={onClick}>
      Download event log
    </button>
  );
}
