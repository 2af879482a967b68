/**
 * Undo and Redo for sandbox edits. Each button's name says what it will do ("Undo: Create service orders"), so a
 * screen reader user hears the step before taking it; a step the world no longer allows is explained, not lost.
 */
import { useState } from 'react';
import type { ScenarioIssue } from '../../../scenario';
import { useSim, useSimStore, type SimState } from '../../../store';
import { EditIssues } from '../EditIssues';
import { LessonLockNote } from '../../lessons/index';
import './editors.css';

/** Why a lesson's step locks what Undo or Redo would give next, or null. */
function historyLock(state: SimState, which: 'undo' | 'redo'): string | null {
  for (const command of state.nextHistoryCommands(which)) {
    const why = state.lessonLock(command.do);
    if (why !== null) return why;
  }
  return null;
}

export function UndoRedoButtons() {
  const store = useSimStore();
  const history = useSim((state) => state.history);
  const [refused, setRefused] = useState<readonly ScenarioIssue[]>([]);
  const undoLabel = history.undo.at(-1);
  const redoLabel = history.redo.at(-1);
  // What a lesson's step locks of the commands Undo or Redo would give (history and lessonLock re-render this).
  const undoLocked = useSim((state) => historyLock(state, 'undo'));
  const redoLocked = useSim((state) => historyLock(state, 'redo'));

  const run = (which: 'undo' | 'redo') => {
    const result = which === 'undo' ? store.getState().undo() : store.getState().redo();
    setRefused(result && !result.ok ? result.errors : []);
  };

  return (
    <div className="ecs-history" role="group" aria-label="Edit history">
      <button type="button" disabled={undoLabel === undefined || undoLocked !== null} aria-keyshortcuts="Control+Z Meta+Z" onClick={() => run('undo')}>
        <span aria-hidden="true">↶</span>
        <span>
          Undo{undoLabel !== undefined ? <span className="ecs-history-what">: {undoLabel}</span> : null}
        </span>
      </button>
      <button type="button" disabled={redoLabel === undefined || redoLocked !== null} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" onClick={() => run('redo')}>
        <span aria-hidden="true">↷</span>
        <span>
          Redo{redoLabel !== undefined ? <span className="ecs-history-what">: {redoLabel}</span> : null}
        </span>
      </button>
      <LessonLockNote reason={undoLabel !== undefined ? undoLocked : null} />
      {redoLocked !== undoLocked ? <LessonLockNote reason={redoLabel !== undefined ? redoLocked : null} /> : null}
      <EditIssues issues={refused} title="Not undone: the world has moved on" />
    </div>
  );
}
