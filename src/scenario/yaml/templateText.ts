/**
 * Template text in either format: JSON when it starts with `{` or `[` (JSON's messages, with our own line and
 * column), else YAML with CloudFormation's short tags.
 */
import type { IssueSink } from '../issueSink';
import { locateJsonError } from '../jsonError';
import { findDuplicateKeys, parseCfnYaml } from './cfnYaml';

function withoutBom(text: string): string {
  // A byte-order mark is invisible in editors but fatal to JSON.parse.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** YAML unless the text opens like JSON; a comment or `AWSTemplateFormatVersion:` first means YAML. */
export function isYamlText(text: string): boolean {
  return !/^\s*[{[]/.test(withoutBom(text));
}

function parseJson(text: string, sink: IssueSink): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const where = locateJsonError(text);
    const message = where ? `Invalid JSON at line ${where.line}, column ${where.column}: ${where.message}` : 'Invalid JSON';
    sink.error('Template', '', message);
    return undefined;
  }
}

function parseYaml(text: string, sink: IssueSink): unknown {
  const parsed = parseCfnYaml(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    sink.error('Template', '', `Invalid YAML at line ${line}, column ${column}: ${message}`);
    return undefined;
  }
  for (const duplicate of findDuplicateKeys(text)) {
    sink.warn('Template', '', `Duplicate key "${duplicate.key}" at line ${duplicate.line}, column ${duplicate.column}: the last one wins, as in CloudFormation.`);
  }
  return parsed.value;
}

/** JSON or YAML text to a JSON value; syntax errors are reported with line and column (undefined returned). */
export function parseTemplateText(text: string, sink: IssueSink): unknown {
  const clean = withoutBom(text);
  return isYamlText(clean) ? parseYaml(clean, sink) : parseJson(clean, sink);
}
