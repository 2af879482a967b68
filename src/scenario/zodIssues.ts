/**
 * zod's issues in the words a scenario author needs: which key, what is missing, what is allowed. Missing keys read
 * `"crashTask" needs "task"`; unknown keys list the allowed ones (see {@link strict}).
 */
import type { z } from 'zod';
import type { IssueSink } from './issueSink';
import { isRecord, joinPath } from './values';

export { strict } from '../engine';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  // JSON.stringify writes NaN and Infinity (YAML's .nan and .inf, JSON's 1e999) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${JSON.stringify(value) ?? ''}`;
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

function pathText(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => joinPath(acc, typeof key === 'number' ? key : String(key)), base);
}

function expectedOf(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branch.flatMap(expectedOf));
  return [];
}

/** zod's own wording ("Too big: expected number to be <=5"); anything else is a message a schema gave for its limit. */
const ZOD_DEFAULT = /^(Too (big|small)|Invalid)\b/;

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if ((issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'not_multiple_of') && !ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof value === 'number') return `expected a finite number, got ${kindOf(value)}`;
      return `expected ${issue.expected}, got ${kindOf(value)}`;
    case 'invalid_union': {
      const expected = [...new Set(expectedOf(issue))];
      return expected.length > 0 ? `expected ${expected.join(' or ')}, got ${kindOf(value)}` : issue.message;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${kindOf(value)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, got ${kindOf(value)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${kindOf(value)}`;
    default:
      return issue.message;
  }
}

export interface ZodReportTarget {
  readonly sink: IssueSink;
  readonly resource: string;
  /** Path of the parsed value inside the resource, e.g. "script[3]" or "Metadata.EcsOrchestra". */
  readonly path: string;
  /** Names the parsed object in "needs" and "does not take" messages, e.g. `"crashTask"`. */
  readonly subject?: string;
}

export function reportZodError(error: z.ZodError, data: unknown, target: ZodReportTarget): void {
  for (const issue of error.issues) {
    const parentPath = issue.path.slice(0, -1);
    const key = issue.path[issue.path.length - 1];
    const parent = at(data, parentPath);
    const missing = issue.code === 'invalid_type' && typeof key === 'string' && isRecord(parent) && !(key in parent);
    if (missing) {
      const owner = parentPath.length === 0 ? target.subject : `"${String(parentPath[parentPath.length - 1])}"`;
      target.sink.error(target.resource, pathText(target.path, parentPath), `${owner ? owner + ' ' : ''}needs "${key}"`);
      continue;
    }
    const message = issue.code === 'unrecognized_keys' ? issue.message : describeIssue(issue, at(data, issue.path));
    target.sink.error(target.resource, pathText(target.path, issue.path), message);
  }
}
