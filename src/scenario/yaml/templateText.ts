/**
 * Template text in either format: JSON when it starts with `{` or `[` (JSON's messages, with our own line and
 * column), else YAML with CloudFormation's short tags (once loaded, see yamlSupport.ts).
 */
import { documentProblem, textSizeProblem, type DocumentProblem } from '../documentLimits';
import type { IssueSink } from '../issueSink';
import { locateJsonError } from '../jsonError';
import { YAML_NOT_LOADED, yamlSupport } from './yamlSupport';

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
  const yaml = yamlSupport();
  if (yaml === null) {
    sink.error('Template', '', YAML_NOT_LOADED);
    return undefined;
  }
  const parsed = yaml.parseCfnYaml(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    sink.error('Template', '', `Invalid YAML at line ${line}, column ${column}: ${message}`);
    return undefined;
  }
  for (const duplicate of yaml.findDuplicateKeys(text)) {
    sink.warn('Template', '', `Duplicate key "${duplicate.key}" at line ${duplicate.line}, column ${duplicate.column}: the last one wins, as in CloudFormation.`);
  }
  return parsed.value;
}

function report(problem: DocumentProblem, sink: IssueSink): undefined {
  sink.error(problem.resource, problem.path, problem.message);
  return undefined;
}

/**
 * JSON or YAML text to a JSON value; syntax errors are reported with line and column (undefined returned). A text
 * past the size limit is not parsed, and a document that nests too deep or expands too far is not returned.
 */
export function parseTemplateText(text: string, sink: IssueSink): unknown {
  const tooBig = textSizeProblem(text);
  if (tooBig) return report(tooBig, sink);
  const clean = withoutBom(text);
  const yaml = isYamlText(clean);
  const value = yaml ? parseYaml(clean, sink) : parseJson(clean, sink);
  if (value === undefined) return undefined;
  const problem = documentProblem(value, yaml);
  return problem ? report(problem, sink) : value;
}
