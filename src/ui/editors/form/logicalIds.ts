/**
 * Logical IDs for what the editors create: letters and digits only (CloudFormation's rule), and unique across the
 * whole world, since a template's logical IDs are unique across all resource types (the engine's idTaken).
 */
import { idTaken, type ScenarioSpec } from '../../../engine';

/** "orders-api" -> "OrdersApi": the words of `text`, capitalised, at most `maxWords` of them. */
export function pascal(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** "/api/orders*" + "Rule" -> "ApiOrdersRule": the first three words of `text`, then the suffix. */
export function logicalIdFrom(text: string, suffix: string): string {
  const stem = pascal(text, 3);
  // A logical ID must start with a letter: "8080" + "Listener" becomes "Listener8080", not "8080Listener".
  if (stem === '' || /^[A-Za-z]/.test(stem)) return stem + suffix || 'Resource';
  return /^[A-Za-z]/.test(suffix) ? suffix + stem : `R${stem}${suffix}`;
}

/** `base` itself when free, else base2, base3, ... */
export function uniqueLogicalId(world: ScenarioSpec, base: string): string {
  let id = base;
  for (let n = 2; idTaken(world, id); n++) id = `${base}${n}`;
  return id;
}
