/**
 * YAML templates with CloudFormation's short tags (`!Ref`, `!GetAtt A.B`, `!Sub`...), read into the long JSON form
 * the rest of the loader knows. js-yaml's CORE schema has no timestamps, so an unquoted `2010-09-09` stays a string;
 * `json: true` lets a duplicate key override the earlier one, as CloudFormation does (each is reported, see
 * findDuplicateKeys).
 */
import { LIMITS, limitText } from '../../engine';
import { CORE_SCHEMA, YAMLException, load, Type, type LoadOptions, type Schema } from 'js-yaml';

/** `!Name` writes `{ "Fn::Name": ... }`, except the three below. */
const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join', 'Length', 'Select',
  'Split', 'Sub', 'ToJsonString', 'Transform', 'Equals', 'Not', 'And', 'Or',
] as const;
const KINDS = ['scalar', 'sequence', 'mapping'] as const;

function longName(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

function construct(tag: string, data: unknown): Record<string, unknown> {
  // An empty node (bare `!GetAZs`) reads as null; CloudFormation means "" (the current region).
  const value = data ?? '';
  if (tag === 'GetAtt' && typeof value === 'string') {
    // `!GetAtt Stack.Outputs.Name` names the resource before the first dot only.
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value] };
  }
  return { [longName(tag)]: value };
}

export const CFN_TAGS: readonly string[] = ['Ref', 'Condition', ...FUNCTIONS];

export const CFN_SCHEMA: Schema = CORE_SCHEMA.extend(
  CFN_TAGS.flatMap((tag) => KINDS.map((kind) => new Type(`!${tag}`, { kind, construct: (data: unknown) => construct(tag, data) }))),
);

/** js-yaml 4.3 bounds nesting itself (its typings do not know the option yet): the loader's own limit. */
const BOUNDED = { maxDepth: LIMITS.nestingDepth.value } as LoadOptions;

export interface YamlProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type YamlParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: YamlProblem };

function problem(error: YAMLException, text: string): YamlProblem {
  const { line, column, buffer, position } = error.mark;
  if (error.reason.startsWith('nesting exceeded maxDepth')) {
    return { line: line + 1, column: column + 1, message: `objects and lists nest more than ${LIMITS.nestingDepth.value} deep here: ${limitText(LIMITS.nestingDepth)}` };
  }
  // js-yaml marks the end of a node with an unknown tag; the tag itself is what to point at.
  const tag = /^unknown tag !<(.+)>$/.exec(error.reason)?.[1];
  const lineStart = buffer.lastIndexOf('\n', position - 1) + 1;
  const tagAt = tag === undefined ? -1 : buffer.slice(lineStart, position).lastIndexOf(tag);
  if (tagAt >= 0) return { line: line + 1, column: tagAt + 1, message: error.reason };
  // js-yaml reads the text with a newline added; an error at the very end belongs to the text's last character.
  if (position >= text.length) {
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    return { line: text.split('\n').length, column: lastLine.length + 1, message: error.reason };
  }
  return { line: line + 1, column: column + 1, message: error.reason };
}

export function parseCfnYaml(text: string): YamlParse {
  try {
    return { ok: true, value: load(text, { ...BOUNDED, schema: CFN_SCHEMA, json: true }) };
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, error: problem(error, text) };
    // js-yaml reads nested flow collections recursively: thousands of `[` run it out of stack before any limit.
    if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: `the document nests too deep to read: ${limitText(LIMITS.nestingDepth)}` } };
    return { ok: false, error: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}

export interface DuplicateKey {
  readonly key: string;
  readonly line: number;
  readonly column: number;
}

const MAX_DUPLICATES = 100;
/** Printable in YAML and never in a real key, so a marked key is unique and still a plain scalar. */
const MARK = '\u2060';

/**
 * js-yaml stops at the first duplicate key unless `json` is set, and then keeps quiet. To report every one, parse
 * strictly, mark the key it stopped at (so it is unique) and parse again; marks keep the text's lines and columns.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  let current = text;
  for (let round = 1; round <= MAX_DUPLICATES; round++) {
    try {
      load(current, { ...BOUNDED, schema: CFN_SCHEMA });
      break;
    } catch (error) {
      if (!(error instanceof YAMLException) || !error.reason.startsWith('duplicated mapping key')) break;
      const at = error.mark.position;
      const key = /^["']?([^"':\n]*)/.exec(current.slice(at))?.[1]?.replaceAll(MARK, '').trim() ?? '';
      const lineStart = current.lastIndexOf('\n', at - 1) + 1;
      const column = current.slice(lineStart, at).replaceAll(MARK, '').length + 1;
      found.push({ key, line: error.mark.line + 1, column });
      current = current.slice(0, at) + MARK.repeat(round) + current.slice(at);
    }
  }
  // An inner mapping is finished (and checked) before the key that holds it.
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
