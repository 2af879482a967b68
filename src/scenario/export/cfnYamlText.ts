/**
 * Template text as YAML with CloudFormation's short tags (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) as people write
 * templates by hand. The YAML side only dumps; reading YAML is the loader's. Loaded on demand with js-yaml (see
 * ../yaml/yamlSupport.ts): it is not on the app's first frame.
 */
import { dump, DEFAULT_SCHEMA, Type } from 'js-yaml';

/** Intrinsics that have a short YAML tag: `Ref` is `!Ref`, `Fn::X` is `!X`. */
const TAGGED = new Set([
  'Ref', 'Condition', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue', 'Fn::Join',
  'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::And', 'Fn::Equals', 'Fn::If', 'Fn::Not', 'Fn::Or',
  'Fn::Length', 'Fn::ToJsonString',
]);

interface Intrinsic {
  readonly name: string;
  readonly argument: unknown;
}

/** `{ "Fn::Sub": "..." }`: a plain object whose only key is an intrinsic function. */
function intrinsicOf(value: unknown): Intrinsic | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  const name = keys[0];
  if (keys.length !== 1 || name === undefined || !TAGGED.has(name)) return null;
  // `Condition` is a short tag only inside conditions; elsewhere `{ "Condition": ... }` is ordinary data.
  if (name === 'Condition' && typeof (value as Record<string, unknown>)[name] !== 'string') return null;
  return { name, argument: (value as Record<string, unknown>)[name] };
}

function tagOf(name: string): string {
  return `!${name.startsWith('Fn::') ? name.slice(4) : name}`;
}

/** `!GetAtt A.B` when the parts allow it (a logical ID has no dot), else the list form. */
function shortArgument(intrinsic: Intrinsic): unknown {
  const arg = intrinsic.argument;
  if (intrinsic.name === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2) {
    const [id, attribute] = arg as unknown[];
    if (typeof id === 'string' && typeof attribute === 'string' && !id.includes('.')) return `${id}.${attribute}`;
  }
  return arg;
}

function kindOf(value: unknown): 'scalar' | 'sequence' | 'mapping' {
  if (Array.isArray(value)) return 'sequence';
  return typeof value === 'object' && value !== null ? 'mapping' : 'scalar';
}

/** One multi type per node kind: the tag comes from the intrinsic's name, the node from its argument. */
const intrinsicTypes = (['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type('!', {
  kind,
  multi: true,
  predicate: (value: unknown) => {
    const intrinsic = intrinsicOf(value);
    return intrinsic !== null && kindOf(shortArgument(intrinsic)) === kind;
  },
  representName: (value: unknown) => tagOf(intrinsicOf(value)?.name ?? ''),
  represent: (value: unknown) => {
    const intrinsic = intrinsicOf(value);
    return (intrinsic ? shortArgument(intrinsic) : value) as object;
  },
}));

const DUMP_SCHEMA = DEFAULT_SCHEMA.extend({ explicit: intrinsicTypes });

export function toYamlText(template: Readonly<Record<string, unknown>>): string {
  // noRefs: a repeated object is written again, never as an anchor CloudFormation users would not expect.
  return dump(template, { schema: DUMP_SCHEMA, noRefs: true, lineWidth: -1, sortKeys: false });
}
