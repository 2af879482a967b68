/**
 * One step of a lesson file, read and checked against the world it plays in. The world goes from step to step
 * along the reference path (each step's commands, then its solution), as `--solve` plays it.
 */
import { COMMAND_NAMES, isCommandName, strict, type CommandName, type ScenarioSpec } from '../../engine';
import { z } from '../../zod';
import { CommandChecker, isRecord, joinPath, parseScript, scriptLengthProblem, timeProblem, type IssueSink } from '../../scenario';
import { allowedCommands, AREA_NAMES, isEditorArea } from '../format/areas';
import { DEFAULT_WITHIN_SECONDS, stepShape, type Hint, type LessonStep, type TimedCommand } from '../format/lesson';
import { lensText } from '../format/lensText';
import { checkGoal, checkPrediction } from './checkReferences';
import { parseGoal, readArguments } from './parseGoal';
import { parsePrediction } from './parsePrediction';
import { earliestPossible } from './reachability';
import { resolveSpotlight } from './spotlight';

const stepSchema = strict(stepShape({ goal: z.unknown(), prediction: z.unknown(), entry: z.unknown() }), 'A step');

export interface ParsedStep {
  readonly step: LessonStep | null;
  /** Its goal can never be met within its time limit, so the steps after it are unreachable. */
  readonly unmeetable: boolean;
}

interface Timed {
  readonly list: TimedCommand[];
  /** Where each was written in the file's list (they are in time order now). */
  readonly written: readonly number[];
}

function timed(raw: unknown, key: 'commands' | 'solution', within: number, sink: IssueSink): Timed {
  if (!Array.isArray(raw)) return { list: [], written: [] };
  const tooMany = scriptLengthProblem(raw.length);
  if (tooMany !== null) {
    // As for a template's script: nothing of a list that long is read.
    sink.error('', key, tooMany);
    return { list: [], written: [] };
  }
  const parsed = parseScript(raw, sink, { resource: '', path: key });
  parsed.entries.forEach((entry, i) => {
    if (entry.at > within) {
      const when = key === 'commands' ? 'the step started' : '"show me"';
      sink.error('', joinPath(joinPath(key, parsed.writtenIndex[i] ?? i), 'at'), `${entry.at} s after ${when} is past the step's time limit (within: ${within} s)`);
    }
  });
  return { list: parsed.entries.map((entry) => ({ at: entry.at, command: entry.command })), written: parsed.writtenIndex };
}

function checkCommands(timedList: Timed, key: string, checker: CommandChecker | null, sink: IssueSink): void {
  if (!checker) return;
  const report = { error: (path: string, message: string) => sink.error('', path, message), warn: (path: string, message: string) => sink.warn('', path, message) };
  timedList.list.forEach((entry, i) => checker.check(entry.command, joinPath(key, timedList.written[i] ?? i), report));
}

const SILENT = { error: (): void => {}, warn: (): void => {} };

/** The commands given to a checker that only follows the world (its problems are reported by the other one). */
function follow(timedList: Timed, checker: CommandChecker | null): void {
  if (checker) for (const entry of timedList.list) checker.check(entry.command, '', SILENT);
}

function readAllow(raw: readonly string[] | undefined, sink: IssueSink): CommandName[] | null {
  if (raw === undefined) return null;
  raw.forEach((entry, index) => {
    if (!isEditorArea(entry) && !isCommandName(entry)) {
      sink.error('', joinPath('allow', index), `"${entry}" is neither an editor area (${AREA_NAMES.join(', ')}) nor a command (${COMMAND_NAMES.join(', ')})`);
    }
  });
  return allowedCommands(raw);
}

/**
 * `checker` carries the world along the reference path (null when the scenario did not load: the step is then read
 * without the checks that need a world). `alongScript`, when the scenario has a script of its own, carries the same
 * path with that script run first: the script runs beside the lesson at its own times, so a goal may name what it
 * makes (a scripted deploy's revision) and what the lesson's commands make after it.
 */
export function parseStep(raw: unknown, index: number, checker: CommandChecker | null, sink: IssueSink, alongScript: CommandChecker | null = null): ParsedStep {
  const args = readArguments(stepSchema, raw, '', sink, 'A step');
  const record = isRecord(raw) ? raw : {};
  const within = typeof record.within === 'number' && record.within > 0 ? record.within : DEFAULT_WITHIN_SECONDS;
  const tooLong = timeProblem(within * 1000);
  if (tooLong !== null) sink.error('', 'within', tooLong);
  const scripted = timed(record.commands, 'commands', within, sink);
  checkCommands(scripted, 'commands', checker, sink);
  follow(scripted, alongScript);
  const afterCommands: ScenarioSpec | null = checker?.world ?? null;
  const scriptedAfterCommands: ScenarioSpec | null = alongScript?.world ?? null;
  const shown = timed(record.solution, 'solution', within, sink);
  checkCommands(shown, 'solution', checker, sink);
  follow(shown, alongScript);
  const commands = scripted.list;
  const solution = shown.list;
  const afterSolution: ScenarioSpec | null = checker?.world ?? null;
  // The reference path's own worlds last: a name none of them has is reported as the last one sees it.
  const worlds = [scriptedAfterCommands, alongScript?.world ?? null, afterCommands, afterSolution].filter((w): w is ScenarioSpec => w !== null);

  const goal = record.goal === undefined ? null : parseGoal(record.goal, 'goal', sink);
  if (goal && worlds.length > 0) checkGoal(goal, 'goal', worlds, sink);
  const prediction = record.prediction === undefined ? null : parsePrediction(record.prediction, 'prediction', sink);
  if (prediction && afterCommands) checkPrediction(prediction, 'prediction', [afterCommands], sink);
  if (prediction?.observe.kind === 'taskCount' && prediction.observe.at > within) {
    sink.error('', 'prediction.observe.taskCount.at', `${prediction.observe.at} s is past the step's time limit (within: ${within} s): the answer would never be read`);
  }
  const spotlight = args?.spotlight && afterCommands ? resolveSpotlight(args.spotlight, [afterCommands, ...worlds], 'spotlight', sink) : [];
  const allowed = readAllow(args?.allow, sink);

  const action = args?.action ?? false;
  if (action && (record.goal === undefined || !Array.isArray(record.solution) || record.solution.length === 0)) {
    sink.error('', 'action', 'a step that asks for action needs a goal and a solution (its "show me")');
  }
  if (!action && Array.isArray(record.solution) && record.solution.length > 0) {
    sink.error('', 'solution', 'only a step that asks for action (action: true) has a solution');
  }
  if (allowed) {
    solution.forEach((entry, i) => {
      if (allowed.includes(entry.command.do)) return;
      sink.error('', joinPath(joinPath('solution', shown.written[i] ?? i), 'do'), `"${entry.command.do}" is not in the step's allow list, so the learner could not do it themselves`);
    });
  }
  const unmeetable = goal !== null && earliestPossible(goal, within) === null;
  if (!args || (record.goal !== undefined && !goal) || (record.prediction !== undefined && !prediction)) return { step: null, unmeetable };
  const hints: Hint[] = (args.hints ?? []).map((h) => ({ after: h.after ?? null, text: lensText(h.text) }));
  return {
    unmeetable,
    step: {
      index,
      id: args.id,
      title: lensText(args.title),
      narration: lensText(args.narration),
      spotlight,
      commands,
      prediction,
      goal,
      action,
      within,
      hints,
      solution,
      allowed,
      locked: args.locked === undefined ? null : lensText(args.locked),
    },
  };
}
