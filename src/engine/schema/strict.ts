/**
 * A strict zod object whose unknown-key error lists the keys it allows: the engine's commands and the loader's
 * settings are both read with it, so a typo anywhere reads the same way.
 */
import { z } from '../../zod';

/** A strict object whose unknown-key error lists the keys it allows. `label` names it in that message. */
export function strict<Shape extends z.ZodRawShape>(shape: Shape, label?: string): z.ZodObject<Shape, z.core.$strict> {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const owner = label ? `${label} does not take` : 'unknown key';
      return `${owner} ${keys}; allowed keys: ${allowed}`;
    },
  });
}
