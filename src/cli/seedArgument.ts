/** `--seed N`: the template's own limit and words, since a seed past 32 bits would wrap to another run's. */
import { isValidSeed, seedMessage } from '../engine';

/** The seed, or what is wrong with the argument. */
export function seedArgument(value: string | undefined): number | string {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) return '--seed needs a number';
  return isValidSeed(n) ? n : `--seed: ${seedMessage(n)}`;
}
