/** New logical IDs: letters and digits only (CloudFormation's rule), unique across the whole world. */
import { idTaken, type ScenarioSpec } from '../../../engine';

/** "/api/orders*" + "Rule" -> "ApiOrdersRule": the words of `text`, capitalised, at most three of them. */
export function logicalIdFrom(text: string, suffix: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0).slice(0, 3);
  const stem = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  // A logical ID must start with a letter: "8080" + "Listener" becomes "Listener8080", not "8080Listener".
  if (stem === '' || /^[A-Za-z]/.test(stem)) return stem + suffix || 'Resource';
  return /^[A-Za-z]/.test(suffix) ? suffix + stem : `R${stem}${suffix}`;
}

/** `base`, or `base2`, `base3`, ... when it is taken. */
export function uniqueLogicalId(spec: ScenarioSpec, base: string): string {
  if (!idTaken(spec, base)) return base;
  for (let n = 2; ; n++) if (!idTaken(spec, `${base}${n}`)) return `${base}${n}`;
}
