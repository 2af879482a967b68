/**
 * Bounds on a document before the loader walks it: its size as text, how deep its objects and lists nest, and (for
 * YAML) how many values it holds once its aliases are expanded. js-yaml keeps an alias as a second reference to the
 * same object, so a 4 KB "billion laughs" document parses at once; the cost comes later, from every walk over it.
 * Counting here visits each distinct object once (sizes are memoized), so the count is exact however large it is,
 * and the walk itself never recurses deeper than the depth limit.
 */
import { LIMITS, limitText } from '../engine';
import { joinPath } from './values';

export interface DocumentProblem {
  /** As issues name it: a resource's logical ID, else "Template". */
  readonly resource: string;
  /** Where inside it, as issue paths read: "Properties.Tags[0]"; "" for the whole document. */
  readonly path: string;
  readonly message: string;
}

/** Paths this deep are shortened: the first keys say where, the rest is the nesting itself. */
const SHOWN_KEYS = 12;

function placeOf(keys: readonly (string | number)[], message: string): DocumentProblem {
  const inResource = keys[0] === 'Resources' && typeof keys[1] === 'string';
  const rest = inResource ? keys.slice(2) : keys;
  const shown = rest.slice(0, SHOWN_KEYS).reduce<string>((path, key) => joinPath(path, key), '');
  return { resource: inResource ? String(keys[1]) : 'Template', path: rest.length > SHOWN_KEYS ? `${shown}...` : shown, message };
}

/** UTF-8 bytes of a text, without encoding it (a 1 MB check must not cost a copy of the file). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function textSizeProblem(text: string): DocumentProblem | null {
  const limit = LIMITS.templateBytes;
  // Most texts are far below the limit; only those near it are measured exactly.
  if (text.length * 3 <= limit.value) return null;
  const bytes = utf8Length(text);
  return bytes > limit.value ? { resource: 'Template', path: '', message: `The file is ${bytes.toLocaleString('en-US')} bytes: ${limitText(limit)}.` } : null;
}

interface Measure {
  readonly values: number;
  readonly height: number;
}

const LEAF: Measure = { values: 1, height: 0 };

class TooBig extends Error {
  constructor(readonly problem: DocumentProblem) {
    super(problem.message);
  }
}

/**
 * Depth (always) and expanded size (when `countValues`, for YAML) of a parsed document; null when within the limits.
 * A value that contains itself (possible only through aliases) is a problem too.
 */
export function documentProblem(root: unknown, countValues: boolean): DocumentProblem | null {
  const memo = new Map<object, Measure>();
  const open = new Set<object>();
  const keys: (string | number)[] = [];
  let total = 0;
  const depthLimit = LIMITS.nestingDepth;
  const valueLimit = LIMITS.yamlExpandedValues;

  const tooDeep = (): TooBig => new TooBig(placeOf(keys, `Objects and lists nest more than ${depthLimit.value} deep here: ${limitText(depthLimit)}.`));
  const count = (values: number): void => {
    total += values;
    if (countValues && total > valueLimit.value) throw new TooBig(placeOf(keys, aliasMessage()));
  };

  const visit = (value: unknown, depth: number): Measure => {
    if (typeof value !== 'object' || value === null) {
      count(1);
      return LEAF;
    }
    const known = memo.get(value);
    if (known !== undefined) {
      if (depth + known.height > depthLimit.value) throw tooDeep();
      count(known.values);
      return known;
    }
    if (depth >= depthLimit.value) throw tooDeep();
    if (open.has(value)) throw new TooBig(placeOf(keys, 'This value contains itself (a YAML alias inside its own anchor), so it never ends.'));
    open.add(value);
    count(1);
    let values = 1;
    let height = 0;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, child] of entries) {
      keys.push(key);
      const measured = visit(child, depth + 1);
      keys.pop();
      values += measured.values;
      height = Math.max(height, measured.height + 1);
    }
    open.delete(value);
    const measure = { values, height };
    memo.set(value, measure);
    return measure;
  };

  const aliasMessage = (): string =>
    `With its aliases expanded the document holds more than ${valueLimit.value.toLocaleString('en-US')} values (each use of an alias repeats its whole anchor): ${limitText(valueLimit)}.`;

  try {
    visit(root, 0);
    return null;
  } catch (error) {
    if (error instanceof TooBig) return error.problem;
    throw error;
  }
}
