/**
 * Logical IDs and revision numbers for what the sandbox creates. A template's logical IDs are unique across all
 * resource types, so a new one is checked against every list; names follow AWS's allowed characters.
 */
import { idTaken, type ScenarioSpec } from '../../../engine';

/** "orders-api" → "OrdersApi": a logical ID is alphanumeric. */
export function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `base` itself when free, else base2, base3, ... A name that gives no letters starts from `fallback`. */
export function uniqueLogicalId(world: ScenarioSpec, base: string, fallback: string): string {
  const stem = /^[A-Za-z]/.test(base) ? base : `${fallback}${base}`;
  let id = stem;
  for (let n = 2; idTaken(world, id); n++) id = `${stem}${n}`;
  return id;
}

/** "OrdersService" from "orders" or "OrdersService": the name, Pascal-cased, ending in the type's word. */
export function logicalIdFor(world: ScenarioSpec, name: string, suffix: string): string {
  const base = pascal(name);
  return uniqueLogicalId(world, base.endsWith(suffix) ? base : `${base}${suffix}`, suffix);
}

/** A new revision is the family's highest registered revision plus one (fact 1). */
export function nextRevision(world: ScenarioSpec, family: string): number {
  return world.taskDefinitions.filter((td) => td.family === family).reduce((max, td) => Math.max(max, td.revision), 0) + 1;
}

/** The same shape `deploy` gives a revision's logical ID: the first revision's ID without its Rev suffix (UsersTaskRev2). */
export function revisionLogicalId(world: ScenarioSpec, baseId: string, revision: number): string {
  const stem = baseId.replace(/(Def)?(Rev\d+(x\d+)?)?$/, '');
  let id = `${stem}Rev${revision}`;
  // "x2" rather than a bare digit, so the revision number still reads (UsersTaskRev2x2, not UsersTaskRev22).
  for (let n = 2; idTaken(world, id); n++) id = `${stem}Rev${revision}x${n}`;
  return id;
}

/** ECS's rule for cluster, service and family names. */
export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

export function nameProblem(what: string, name: string): string | null {
  if (name.trim() === '') return `Enter a ${what} name.`;
  if (!NAME_PATTERN.test(name)) return `Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed in a ${what} name.`;
  return null;
}

/** Whole numbers typed in a form; null when empty or not whole. Ranges are the validators' job, in AWS's words. */
export function wholeNumber(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

export function decimalNumber(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
}

/** A field's problem, keyed by the draft's field name, shown next to that field. */
export type FieldErrors = Readonly<Record<string, string>>;

export type DraftResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };
