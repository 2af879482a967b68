/**
 * An edit is checked the way the loader checks a template: the same ECS and ELB validators run on the world the
 * edit would make. Only problems the edit brings count (a world built by hand may already carry some), and an
 * edit with any error is refused whole, so nothing is ever applied half-way.
 */
import { type EditCommand, editSubject, editWorld, type ScenarioSpec } from '../../engine';
import type { ScenarioIssue } from '../issues';
import { IssueSink } from '../issueSink';
import { validateEcs } from './ecsValidation';
import { validateElb } from './elbValidation';

export type EditCheck =
  | { readonly ok: true; readonly world: ScenarioSpec; readonly warnings: readonly ScenarioIssue[] }
  | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };

const key = (i: ScenarioIssue): string => `${i.resource}\u0000${i.path}\u0000${i.message}`;

function forwardedGroups(world: ScenarioSpec): Set<string> {
  const out = new Set<string>();
  for (const actions of [...world.listeners.map((l) => l.defaultActions), ...world.rules.map((r) => r.actions)]) {
    for (const a of actions) if (a.type === 'forward') for (const g of a.targetGroups) out.add(g.targetGroupId);
  }
  return out;
}

function check(world: ScenarioSpec): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  const sink = new IssueSink();
  validateEcs(world, forwardedGroups(world), sink);
  sink.addAll(validateElb(world));
  return { errors: sink.errors, warnings: sink.warnings };
}

const baselines = new WeakMap<ScenarioSpec, { errors: ScenarioIssue[]; warnings: ScenarioIssue[] }>();

function baseline(world: ScenarioSpec): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  let found = baselines.get(world);
  if (!found) {
    found = check(world);
    baselines.set(world, found);
  }
  return found;
}

export function validateEdit(world: ScenarioSpec, command: EditCommand): EditCheck {
  const edit = editWorld(world, command);
  if (!edit.ok) return { ok: false, errors: [{ severity: 'error', resource: editSubject(command), path: '', message: edit.reason }] };
  const before = baseline(world);
  const after = check(edit.world);
  baselines.set(edit.world, after);
  const old = new Set(before.errors.map(key));
  const fresh = after.errors.filter((i) => !old.has(key(i)));
  // ECS checks a target group's load balancer only on CreateService/UpdateService; ELB lets a listener or rule go
  // while a service still registers there (its targets stop getting traffic). Elsewhere that is a note, not a refusal.
  const onlyAtCreate = (i: ScenarioIssue): boolean =>
    i.message.includes('does not have an associated load balancer') && !(command.do === 'createService' || command.do === 'updateService');
  const errors = fresh.filter((i) => !onlyAtCreate(i));
  if (errors.length > 0) return { ok: false, errors };
  const notes = fresh.filter(onlyAtCreate).map((i): ScenarioIssue => ({
    ...i,
    severity: 'warning',
    message: `${i.message} ECS keeps the service running; its targets get no traffic until a listener or rule forwards to the group again.`,
  }));
  const oldWarnings = new Set(before.warnings.map(key));
  return { ok: true, world: edit.world, warnings: [...notes, ...after.warnings.filter((i) => !oldWarnings.has(key(i)))] };
}
