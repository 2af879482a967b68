/**
 * The registry of task definition revisions, by logical ID and by family:revision. Records outlive a
 * deregistration: tasks already running from an INACTIVE revision keep it. (Which number comes next is the world
 * spec's to say: src/engine/edits/revisions.ts.)
 */
import type { EngineState } from '../core/engineState';
import type { TaskDefRec } from '../core/model';
import type { TaskDefinitionSpec } from '../spec';
import { compileTaskDef } from './appBehaviour';

export function registerTaskDef(engine: EngineState, spec: TaskDefinitionSpec): TaskDefRec {
  const rec = compileTaskDef(spec);
  engine.taskDefs.set(spec.id, rec);
  engine.taskDefs.set(rec.key, rec);
  return rec;
}
