/**
 * What reading a form gives: the value (a command, a spec), or the fields that cannot even be read, each with its
 * problem in words. Only text that cannot be read stops here; a value out of range goes on to the validators, so
 * AWS's own message is the one shown.
 */

/** A field's problem, keyed by the field (a draft's key, or a property path like `Properties.Priority`). */
export type FieldErrors = Readonly<Record<string, string>>;

export type DraftResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

export const draftOk = <T>(value: T): DraftResult<T> => ({ ok: true, value });

/** Collects field problems while a draft is read, so one Apply reports all of them at once. */
export class DraftErrors {
  private readonly found: Record<string, string> = {};

  /** The first problem of a field is the one shown. */
  add(field: string, message: string): void {
    this.found[field] ??= message;
  }

  addAll(errors: FieldErrors): void {
    for (const [field, message] of Object.entries(errors)) this.add(field, message);
  }

  get any(): boolean {
    return Object.keys(this.found).length > 0;
  }

  /** The number typed (any finite decimal, so the validator can say "whole number"), or NaN after recording `message`. */
  number(text: string, field: string, message: string): number {
    const trimmed = text.trim();
    if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
    this.add(field, message);
    return Number.NaN;
  }

  result<T>(value: T): DraftResult<T> {
    return this.any ? { ok: false, errors: { ...this.found } } : draftOk(value);
  }
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
