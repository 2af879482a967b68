import { loadScenarioLoader, type SimStore } from '../../store';
import { downloadBlob } from './download';
import type { ExportKind } from './exportKinds';

/** The exporters (and for YAML the writer) load when first used: none of it is on the first frame. */
export async function saveExport(store: SimStore, kind: ExportKind): Promise<void> {
  if (kind.endsWith('yaml')) await (await loadScenarioLoader()).loadYamlSupport();
  const { exportFile } = await import('./exports');
  const file = exportFile(store.getState(), kind);
  downloadBlob(file.blob, file.fileName);
}

/** The event log as the playback bar names it: by the moment it was saved at. */
export async function saveEventLog(store: SimStore): Promise<void> {
  const { eventLogFile } = await import('./exports');
  const state = store.getState();
  const file = eventLogFile(state, `ecs-orchestra-events-${state.now}ms.jsonl`);
  downloadBlob(file.blob, file.fileName);
}
