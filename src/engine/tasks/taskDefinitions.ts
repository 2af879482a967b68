/**
 * The registry of task definition revisions: by logical ID and by family:revision, plus each family's latest
 * revision, which `deploy` counts on from (fact 1).
 */
import type { Engine } from '../core/engine';
import type { TaskDefRec } from '../core/model';
import type { TaskDefinitionSpec } from '../spec';
import { compileTaskDef } from './appBehaviour';

export function registerTaskDef(engine: Engine, spec: TaskDefinitionSpec): TaskDefRec {
  const rec = compileTaskDef(spec);
  engine.taskDefs.set(spec.id, rec);
  engine.taskDefs.set(rec.key, rec);
  engine.familyRevision.set(spec.family, Math.max(engine.familyRevision.get(spec.family) ?? 0, spec.revision));
  return rec;
}
