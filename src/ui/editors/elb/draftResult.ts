/**
 * What turning a form into a command gives: the command, or the fields that are not even numbers. Only text that
 * cannot be read as a number stops here; a number out of range goes on to the validators, so AWS's own message is
 * the one shown.
 */
import type { ScenarioIssue } from '../../../scenario';

export type DraftResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export const draftOk = <T>(value: T): DraftResult<T> => ({ ok: true, value });

/** Collects field problems while a draft is read, so one Apply reports all of them at once. */
export class DraftIssues {
  readonly issues: ScenarioIssue[] = [];

  constructor(private readonly resource: string) {}

  add(path: string, message: string): void {
    this.issues.push({ severity: 'error', resource: this.resource, path, message });
  }

  /** The number typed (any finite decimal, so the validator can say "whole number"), or null after recording `message`. */
  number(text: string, path: string, message: string): number {
    const trimmed = text.trim();
    if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
    this.add(path, message);
    return Number.NaN;
  }

  result<T>(value: T): DraftResult<T> {
    return this.issues.length > 0 ? { ok: false, issues: this.issues } : draftOk(value);
  }
}
