/**
 * The sandbox's edits and their undo/redo. An edit is one or more commands, validated together against the world
 * as it stands with the loader's validators; only a fully valid edit is dispatched, so nothing lands half-way.
 * Undo dispatches the inverse commands at the current simulated time; both stacks are plain commands, so every
 * step is in the command log and replays.
 */
import { editsOf, inverseOf, type Command, type CommandCheck, type ScenarioSpec, type Simulation } from '../engine';
import type { ScenarioIssue } from '../scenario';
import { LOADER_NOT_READY, scenarioLoader } from './scenarioLoader';

export type EditResult =
  | { readonly ok: true; readonly warnings: readonly ScenarioIssue[] }
  | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };

export interface HistoryEntry {
  readonly label: string;
  readonly forward: readonly Command[];
  readonly inverse: readonly Command[];
}

export interface EditHistoryView {
  /** What Undo would undo, most recent last. */
  readonly undo: readonly string[];
  readonly redo: readonly string[];
}

export const EMPTY_HISTORY: EditHistoryView = { undo: [], redo: [] };

const refusedBy = (subject: string, reason: string): ScenarioIssue => ({ severity: 'error', resource: subject, path: '', message: reason });

/**
 * Checks a sequence of commands against the world, each against the world the previous ones make: an edit (or the
 * edits a command like setDesiredCount stands for) with the loader's validators, anything else by the engine
 * (`check`, on the world now; without one, only configuration is checked).
 */
export function checkCommands(
  world: ScenarioSpec,
  commands: readonly Command[],
  check: (command: Command) => CommandCheck = () => ({ allowed: true }),
): EditResult & { inverse?: Command[] } {
  const loader = scenarioLoader();
  if (!loader) return { ok: false, errors: [{ severity: 'error', resource: 'Sandbox', path: '', message: LOADER_NOT_READY }] };
  const { validateEdit } = loader;
  let current = world;
  const warnings: ScenarioIssue[] = [];
  const inverses: (readonly Command[])[] = [];
  for (const command of commands) {
    inverses.push(inverseOf(current, command) ?? []);
    const edits = editsOf(current, command);
    if (edits === null) {
      const judged = check(command);
      if (!judged.allowed) return { ok: false, errors: [refusedBy(command.do, judged.reason)] };
      continue;
    }
    if ('allowed' in edits) return { ok: false, errors: [refusedBy(command.do, edits.reason)] };
    for (const edit of edits) {
      const checked = validateEdit(current, edit);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      warnings.push(...checked.warnings);
      current = checked.world;
    }
  }
  return { ok: true, warnings, inverse: inverses.reverse().flat() };
}

export class EditHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  constructor(private readonly onChange: (view: EditHistoryView) => void) {}

  view(): EditHistoryView {
    return { undo: this.undoStack.map((e) => e.label), redo: this.redoStack.map((e) => e.label) };
  }

  /** The commands Undo (the last edit's inverse) or Redo would give next; none when there is nothing to give. */
  next(which: 'undo' | 'redo'): readonly Command[] {
    return which === 'undo' ? (this.undoStack.at(-1)?.inverse ?? []) : (this.redoStack.at(-1)?.forward ?? []);
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.onChange(this.view());
  }

  /** Validate, dispatch, remember. Commands without an inverse still apply; they just cannot be undone. */
  edit(sim: Simulation, commands: readonly Command[], label: string): EditResult {
    const checked = checkCommands(sim.world(), commands, (command) => sim.check(command));
    if (!checked.ok) return checked;
    for (const command of commands) sim.dispatch(command);
    const inverse = checked.inverse ?? [];
    if (inverse.length > 0) {
      this.undoStack.push({ label, forward: commands, inverse });
      this.redoStack = [];
      this.onChange(this.view());
    }
    return { ok: true, warnings: checked.warnings };
  }

  undo(sim: Simulation): EditResult | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    const result = this.replay(sim, entry.inverse);
    if (result.ok) this.redoStack.push({ label: entry.label, forward: entry.forward, inverse: result.inverse });
    else this.undoStack.push(entry);
    this.onChange(this.view());
    return result.ok ? { ok: true, warnings: result.warnings } : result;
  }

  redo(sim: Simulation): EditResult | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    const result = this.replay(sim, entry.forward);
    // The inverse is worked out again from the world the redo applies to.
    if (result.ok) this.undoStack.push({ label: entry.label, forward: entry.forward, inverse: result.inverse });
    else this.redoStack.push(entry);
    this.onChange(this.view());
    return result.ok ? { ok: true, warnings: result.warnings } : result;
  }

  /** A step the world no longer allows (e.g. its service was deleted since) is refused and stays on its stack. */
  private replay(sim: Simulation, commands: readonly Command[]): (EditResult & { ok: false }) | { ok: true; warnings: readonly ScenarioIssue[]; inverse: Command[] } {
    const checked = checkCommands(sim.world(), commands, (command) => sim.check(command));
    if (!checked.ok) return checked;
    for (const command of commands) sim.dispatch(command);
    return { ok: true, warnings: checked.warnings, inverse: checked.inverse ?? [] };
  }
}
