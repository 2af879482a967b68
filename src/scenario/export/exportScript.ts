/**
 * The script of an exported world: `Metadata.EcsOrchestra.script` entries `{ "at", "do", ...arguments }`, and the
 * merge of a scenario's own script with the commands dispatched live, in the order the simulation ran them.
 */
import { definitionOf, type Command, type ScriptEntry } from '../../engine';
import type { CfnObject } from './cfn';

/** One entry as the loader's script schema reads it: `at` and `do` first, then the command's arguments as written. */
export function scriptEntryJson(entry: ScriptEntry): CfnObject {
  const writer = definitionOf(entry.command).written;
  const { do: name, ...args } = (writer ? writer.write(entry.command) : entry.command) as Command;
  return { at: entry.at, do: name, ...args };
}

export interface DispatchedCommand {
  readonly atMs: number;
  readonly command: Command;
}

/**
 * The scenario's script with the commands dispatched so far (Simulation.commandLog()), by time. A script entry runs
 * before a command dispatched at the same millisecond (the live app advances to a time, then dispatches, and the
 * dispatched command joins the commands still due then, after them), and the sort is stable, so the loader's own
 * stable sort by `at` replays them in the order they ran.
 */
export function scriptWithCommands(script: readonly ScriptEntry[], commandLog: readonly DispatchedCommand[]): ScriptEntry[] {
  const timed = [
    ...script.map((entry) => ({ ms: Math.round(entry.at * 1000), entry })),
    ...commandLog.map(({ atMs, command }) => ({ ms: atMs, entry: { at: atMs / 1000, command } })),
  ];
  // Array.prototype.sort is stable (ES2019): equal times keep script entries first, then the log's order.
  timed.sort((a, b) => a.ms - b.ms);
  return timed.map((t) => t.entry);
}
