/**
 * An app's `responses` as a template or a `deploy` writes them (an object, path pattern to status, in order) and as
 * the spec keeps them (a list of rules). Apart from the schema (appSettings.ts): `deploy` reads its written form
 * with these when it runs, which needs no zod.
 */
import type { ResponseRule } from '../spec';

export function toResponseRules(responses: Readonly<Record<string, number>> | undefined): ResponseRule[] {
  return Object.entries(responses ?? {}).map(([pattern, status]) => ({ pattern, status }));
}

/** The written form back: pattern to status, in order. */
export function fromResponseRules(rules: readonly ResponseRule[]): Record<string, number> {
  return Object.fromEntries(rules.map((r) => [r.pattern, r.status]));
}
