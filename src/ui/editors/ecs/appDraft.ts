/**
 * How the simulated app behaves (AppBehaviour), as the form holds it. Responses by path pattern are typed one
 * per line ("/api/orders* 503"), the way a learner would jot them down.
 */
import type { AppBehaviour, ResponseRule } from '../../../engine';
import { decimalNumber, wholeNumber, type DraftResult } from '../form/draft';

export interface AppDraft {
  readonly startupSeconds: string;
  readonly latencyMs: string;
  /** Percent of ordinary requests answered 500 (AppBehaviour keeps a 0-1 share). */
  readonly errorPercent: string;
  /** Empty: the image pulls. */
  readonly pullError: string;
  readonly responses: string;
  readonly ignoresSigterm: boolean;
  /** Empty: the orchestra lens chooses. */
  readonly instrument: string;
}

export function responsesText(responses: readonly ResponseRule[]): string {
  return responses.map((r) => `${r.pattern} ${r.status}`).join('\n');
}

/** Each non-empty line is "pattern status"; null with the 1-based line number of the first bad line. */
export function parseResponses(text: string): { rules: ResponseRule[] } | { badLine: number } {
  const rules: ResponseRule[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const match = /^(\S+)\s+(\d{3})$/.exec(line);
    const status = Number(match?.[2]);
    if (!match?.[1] || status < 100 || status > 599) return { badLine: i + 1 };
    rules.push({ pattern: match[1], status });
  }
  return { rules };
}

export function appDraft(app: AppBehaviour): AppDraft {
  return {
    startupSeconds: String(app.startupSeconds),
    latencyMs: String(app.latencyMs),
    // Rounded so 0.1 shows as 10, not 10.000000000000002.
    errorPercent: String(Math.round(app.errorRate * 10000) / 100),
    pullError: app.pullError ?? '',
    responses: responsesText(app.responses),
    ignoresSigterm: app.ignoresSigterm,
    instrument: app.instrument ?? '',
  };
}

/** `base` keeps the phases the form does not show (provisioning, pending, activating, shutdown). */
export function appFromDraft(draft: AppDraft, base: AppBehaviour): DraftResult<AppBehaviour> {
  const errors: Record<string, string> = {};
  const startupSeconds = decimalNumber(draft.startupSeconds);
  if (startupSeconds === null || startupSeconds < 0) errors['app.startupSeconds'] = 'Enter seconds, 0 or more.';
  const latencyMs = wholeNumber(draft.latencyMs);
  if (latencyMs === null || latencyMs < 0) errors['app.latencyMs'] = 'Enter whole milliseconds, 0 or more.';
  const errorPercent = decimalNumber(draft.errorPercent);
  if (errorPercent === null || errorPercent < 0 || errorPercent > 100) errors['app.errorPercent'] = 'Enter a percent from 0 to 100.';
  const responses = parseResponses(draft.responses);
  if ('badLine' in responses) errors['app.responses'] = `Line ${responses.badLine}: write a path pattern, a space and a status code from 100 to 599, e.g. /api/orders* 503.`;
  if (Object.keys(errors).length > 0 || startupSeconds === null || latencyMs === null || errorPercent === null || 'badLine' in responses) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      ...base,
      startupSeconds,
      latencyMs,
      errorRate: errorPercent / 100,
      pullError: draft.pullError.trim() === '' ? null : draft.pullError.trim(),
      responses: responses.rules,
      ignoresSigterm: draft.ignoresSigterm,
      instrument: draft.instrument === '' ? null : draft.instrument,
    },
  };
}
