/**
 * YAML templates with CloudFormation's short tags read into the long JSON form (cloudformation.md §6.1, §8.2):
 * every tag in its scalar, sequence and mapping forms, bare !GetAZs, dates kept as strings, duplicate keys warned,
 * syntax errors with line and column; and the six shared examples give the same spec in YAML as in JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dump, Type, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isYamlText, loadScenario } from '../../src/scenario';
import { IssueSink } from '../../src/scenario/issueSink';
import { CFN_TAGS, findDuplicateKeys, parseCfnYaml } from '../../src/scenario/yaml/cfnYaml';
import { parseTemplateText } from '../../src/scenario/yaml/templateText';
import { lines, loadOk } from './helpers';

function parse(text: string): unknown {
  const result = parseCfnYaml(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const LONG: Record<string, string> = Object.fromEntries(CFN_TAGS.map((tag) => [tag, tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`]));

describe('CloudFormation short tags', () => {
  it('knows the 21 tags CloudFormation defines', () => {
    expect([...CFN_TAGS].sort()).toEqual([
      'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'ForEach', 'GetAZs', 'GetAtt', 'If', 'ImportValue',
      'Join', 'Length', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
    ]);
  });

  it.each(CFN_TAGS.filter((tag) => tag !== 'GetAtt'))('!%s in scalar, sequence and mapping form', (tag) => {
    const long = LONG[tag] ?? '';
    expect(parse(`a: !${tag} x`)).toEqual({ a: { [long]: 'x' } });
    expect(parse(`a: !${tag} [x, 2]`)).toEqual({ a: { [long]: ['x', 2] } });
    expect(parse(`a: !${tag}\n  - x\n  - !Ref y`)).toEqual({ a: { [long]: ['x', { Ref: 'y' }] } });
    expect(parse(`a: !${tag} {k: v}`)).toEqual({ a: { [long]: { k: 'v' } } });
    expect(parse(`a: !${tag}\n  k: !Sub '\${v}'`)).toEqual({ a: { [long]: { k: { 'Fn::Sub': '${v}' } } } });
  });

  it('!GetAtt A.B is the two-element list; the attribute keeps its own dots; the list form is kept', () => {
    expect(parse('a: !GetAtt Alb.DNSName')).toEqual({ a: { 'Fn::GetAtt': ['Alb', 'DNSName'] } });
    expect(parse('a: !GetAtt Network.Outputs.ListenerArn')).toEqual({ a: { 'Fn::GetAtt': ['Network', 'Outputs.ListenerArn'] } });
    expect(parse('a: !GetAtt [Alb, !Ref Attr]')).toEqual({ a: { 'Fn::GetAtt': ['Alb', { Ref: 'Attr' }] } });
  });

  it('bare !GetAZs is "" (the current region), inside !Select too', () => {
    expect(parse('a: !GetAZs\nb: !Select [0, !GetAZs ]\nc: !GetAZs ""')).toEqual({
      a: { 'Fn::GetAZs': '' }, b: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, c: { 'Fn::GetAZs': '' },
    });
  });

  it('keeps unquoted dates and versions as strings, and reads numbers and booleans as YAML 1.2 core does', () => {
    expect(parse('AWSTemplateFormatVersion: 2010-09-09\nVersion: 2012-10-17\nPort: 80\nOn: true\nOff: no\nCpu: "256"'))
      .toEqual({ AWSTemplateFormatVersion: '2010-09-09', Version: '2012-10-17', Port: 80, On: true, Off: 'no', Cpu: '256' });
  });

  it('reads !Sub block scalars and !ImportValue wrapping a Fn::Sub mapping', () => {
    const text = 'a: !Sub |\n  echo ECS_CLUSTER=${Cluster}\nb: !ImportValue\n  Fn::Sub: ${Net}-Listener';
    expect(parse(text)).toEqual({
      a: { 'Fn::Sub': 'echo ECS_CLUSTER=${Cluster}\n' },
      b: { 'Fn::ImportValue': { 'Fn::Sub': '${Net}-Listener' } },
    });
  });

  it('reports an unknown tag and a syntax error with line and column', () => {
    expect(parseCfnYaml('Resources:\n  A:\n    Type: !Bogus x')).toEqual({ ok: false, error: { line: 3, column: 11, message: 'unknown tag !<!Bogus>' } });
    expect(lines(loadScenarioErrors('Resources:\n  A:\n    Type: !Bogus x'))).toEqual(['Template||Invalid YAML at line 3, column 11: unknown tag !<!Bogus>']);
    const errors = lines(loadScenarioErrors('Resources:\n  A: [1\n'));
    expect(errors).toEqual(['Template||Invalid YAML at line 3, column 1: unexpected end of the stream within a flow collection']);
  });

  it('lets the last of two duplicate keys win and warns about each one with its line', () => {
    const text = 'A: 1\nB:\n  x: 1\n  y: 2\n  x: 3\nA: 4\n"B": {"q": 1, "q": 2}\n';
    expect(findDuplicateKeys(text)).toEqual([
      { key: 'x', line: 5, column: 3 },
      { key: 'A', line: 6, column: 1 },
      { key: 'B', line: 7, column: 1 },
      { key: 'q', line: 7, column: 15 },
    ]);
    const sink = new IssueSink();
    expect(parseTemplateText(text, sink)).toEqual({ A: 4, B: { q: 2 } });
    expect(sink.errors).toEqual([]);
    expect(sink.warnings.map((w) => w.message)).toEqual([
      'Duplicate key "x" at line 5, column 3: the last one wins, as in CloudFormation.',
      'Duplicate key "A" at line 6, column 1: the last one wins, as in CloudFormation.',
      'Duplicate key "B" at line 7, column 1: the last one wins, as in CloudFormation.',
      'Duplicate key "q" at line 7, column 15: the last one wins, as in CloudFormation.',
    ]);
  });

  it('tells YAML from JSON by the first character, so JSON keeps its own messages', () => {
    expect(isYamlText('{"Resources": {}}')).toBe(false);
    expect(isYamlText('\uFEFF  [1]')).toBe(false);
    expect(isYamlText('# a comment\nResources: {}')).toBe(true);
    expect(isYamlText('AWSTemplateFormatVersion: "2010-09-09"')).toBe(true);
    expect(lines(loadScenarioErrors('{"Resources": {"A": {"Type": "x"}}'))).toEqual([
      'Template||Invalid JSON at line 1, column 35: Unexpected end of input; expected "," or "}"',
    ]);
  });
});

function loadScenarioErrors(text: string) {
  const result = loadScenario(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** Writes the long form with short tags, as a person would (`!GetAtt A.B`, `!Ref X`). */
class Short {
  constructor(readonly tag: string, readonly data: unknown) {}
}

function toShort(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toShort);
  if (typeof value !== 'object' || value === null) return value;
  const entries: [string, unknown][] = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first) {
    const [key, arg] = first;
    const tag = CFN_TAGS.find((t) => LONG[t] === key);
    if (tag === 'GetAtt' && Array.isArray(arg) && arg.every((a) => typeof a === 'string')) return new Short(tag, arg.join('.'));
    if (tag) return new Short(tag, toShort(arg));
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, toShort(v)]));
}

const DUMP_SCHEMA = CORE_SCHEMA.extend(CFN_TAGS.flatMap((tag) => (['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type(`!${tag}`, {
  kind,
  predicate: (v: unknown) => v instanceof Short && v.tag === tag
    && (kind === 'sequence' ? Array.isArray(v.data) : kind === 'mapping' ? typeof v.data === 'object' && v.data !== null && !Array.isArray(v.data) : typeof v.data !== 'object'),
  represent: (v: object) => (v as Short).data as object,
}))));

const EXAMPLES = fileURLToPath(new URL('./fixtures/examples', import.meta.url));
const NAMES = ['01-parameters-and-sub', '02-legacy-field-values-ec2-bridge', '03-condition-config-forms', '04-weighted-forward', '05-http-to-https-redirect', '06-full-stack-with-unsimulated-resources'];

describe('the six shared examples in YAML', () => {
  it.each(NAMES)('%s loads to the same spec, warnings and outputs as its JSON', (name) => {
    const json = readFileSync(`${EXAMPLES}/${name}.json`, 'utf8');
    const yaml = dump(toShort(JSON.parse(json)), { schema: DUMP_SCHEMA, lineWidth: -1 });
    expect(yaml).toMatch(/!(Ref|Sub|GetAtt) /);
    // Unquoted, as CloudFormation's own YAML examples write it: a schema with timestamps would make it a Date.
    expect(yaml).toMatch(/^AWSTemplateFormatVersion: 2010-09-09$/m);
    const fromJson = loadOk(json, { fileName: `${name}.json` });
    const fromYaml = loadOk(yaml, { fileName: `${name}.yaml` });
    expect(fromYaml.spec).toEqual(fromJson.spec);
    expect(fromYaml.warnings).toEqual(fromJson.warnings);
    expect(fromYaml.outputs).toEqual(fromJson.outputs);
    expect(fromYaml.notSimulated).toEqual(fromJson.notSimulated);
  });
});
