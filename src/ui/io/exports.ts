/**
 * What the Export menu saves (loaded when first used, see saveExport.ts; YAML needs loadYamlSupport() first). Templates load back with the loader: the world now (edits applied, no script), or the
 * scenario as it started with the commands so far as its script, which replays to the same event log.
 */
import { exportTemplate, scriptWithCommands, toJsonText, toYamlText } from '../../scenario';
import type { SimState } from '../../store';
import { sessionDocOf } from '../../session/storeSession';
import { fileBaseName, pieceWriter } from './download';

import type { ExportKind } from './exportKinds';

export interface ExportFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly type: string;
}

function textFile(text: string, fileName: string, type: string): ExportFile {
  return { blob: new Blob([text], { type }), fileName, type };
}

/** The event log as a file built piece by piece (see pieceWriter): it can be far larger than one string. */
export function eventLogFile(state: SimState, fileName: string): ExportFile {
  const type = 'application/x-ndjson';
  const file = pieceWriter(type);
  state.writeEventLog(file.write);
  return { blob: file.blob(), fileName, type };
}

export type { ExportKind } from './exportKinds';

export function exportFile(state: SimState, kind: ExportKind): ExportFile {
  const { sim } = state;
  const base = fileBaseName(state.scenario.title);
  // A session file is what autosave and share links hold: Import… opens it at the same moment, paused.
  if (kind === 'session') {
    return textFile(`${JSON.stringify(sessionDocOf(state, new Date().toISOString()), null, 2)}\n`, `${base}-session.json`, 'application/json');
  }
  if (kind === 'events') return eventLogFile(state, `${base}-events-${sim.now()}ms.jsonl`);
  const withCommands = kind === 'commands-json' || kind === 'commands-yaml';
  const template = withCommands
    ? exportTemplate(sim.initialWorld, { seed: sim.seed, title: state.scenario.title, script: scriptWithCommands(sim.initialWorld.script, sim.commandLog()) })
    : exportTemplate(sim.world(), { seed: sim.seed, title: state.scenario.title });
  const name = withCommands ? `${base}-with-commands` : base;
  return kind.endsWith('yaml') ? textFile(toYamlText(template), `${name}.yaml`, 'application/yaml') : textFile(toJsonText(template), `${name}.json`, 'application/json');
}
