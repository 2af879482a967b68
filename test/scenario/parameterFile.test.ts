/** Parameter files in the AWS CLI's three shapes, JSON or YAML, and what is wrong with a bad one. */
import { describe, expect, it } from 'vitest';
import { parseParameterFile } from '../../src/scenario';
import { lines } from './helpers';

function ok(text: string) {
  const result = parseParameterFile(text, 'p.json');
  if (!result.ok) throw new Error(lines(result.errors).join('\n'));
  return result;
}

function errors(text: string) {
  const result = parseParameterFile(text, 'p.json');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('parseParameterFile', () => {
  it('reads create-stack\'s [{"ParameterKey","ParameterValue"}], numbers and booleans as strings', () => {
    const result = ok(JSON.stringify([
      { ParameterKey: 'EnvName', ParameterValue: 'prod' },
      { ParameterKey: 'TaskCount', ParameterValue: 5 },
      { ParameterKey: 'Debug', ParameterValue: false },
      { ParameterKey: 'Subnets', ParameterValue: 'subnet-1,subnet-2' },
    ]));
    expect(result).toEqual({ ok: true, parameters: { EnvName: 'prod', TaskCount: '5', Debug: 'false', Subnets: 'subnet-1,subnet-2' }, stacks: {}, warnings: [] });
  });

  it('reads deploy\'s {"Parameters": {...}}, with Tags beside it', () => {
    expect(ok('{"Parameters": {"EnvName": "prod", "TaskCount": 3}, "Tags": {"team": "shop"}}').parameters).toEqual({ EnvName: 'prod', TaskCount: '3' });
  });

  it('reads --parameter-overrides\' ["K=V"]; the value may hold "=" and may be empty', () => {
    expect(ok('["EnvName=prod", "Query=a=b", "Empty="]').parameters).toEqual({ EnvName: 'prod', Query: 'a=b', Empty: '' });
  });

  it('reads the same shapes in YAML', () => {
    expect(ok('- ParameterKey: EnvName\n  ParameterValue: prod\n').parameters).toEqual({ EnvName: 'prod' });
    expect(ok('Parameters:\n  EnvName: prod\n  TaskCount: 2\n').parameters).toEqual({ EnvName: 'prod', TaskCount: '2' });
    expect(ok('- EnvName=prod\n- TaskCount=2\n').parameters).toEqual({ EnvName: 'prod', TaskCount: '2' });
  });

  it('warns about a key given twice (the last wins) and about UsePreviousValue, naming the file', () => {
    const result = ok(JSON.stringify([
      { ParameterKey: 'A', ParameterValue: '1' },
      { ParameterKey: 'A', ParameterValue: '2' },
      { ParameterKey: 'B', UsePreviousValue: true },
    ]));
    expect(result.parameters).toEqual({ A: '2' });
    expect(result.warnings.map((w) => `${w.file ?? ''}|${w.resource}|${w.path}|${w.message}`)).toEqual([
      'p.json|Parameters|[1]|Parameter A is given twice; the last value, "2", is used.',
      'p.json|Parameters|[2]|UsePreviousValue: there is no previous stack in a simulation, so B keeps its other value or Default.',
    ]);
  });

  it('says what is wrong with each bad entry, with its place', () => {
    expect(lines(errors(JSON.stringify([
      { ParameterKey: 'A' },
      { ParameterValue: 'x' },
      { ParameterKey: 'C', ParameterValue: ['x'] },
      { ParameterKey: 'D', ParameterValue: 'y', Colour: 'blue' },
    ])))).toEqual([
      'Parameters|[0]|needs "ParameterValue" (or "UsePreviousValue": true) for A',
      'Parameters|[1]|A parameter entry needs "ParameterKey"',
      'Parameters|[2].ParameterValue|expected string or number or boolean, got a list',
      'Parameters|[3]|A parameter entry does not take "Colour"; allowed keys: ParameterKey, ParameterValue, UsePreviousValue, ResolvedValue',
    ]);
    expect(lines(errors('["A=1", "B", "=2"]'))).toEqual([
      'Parameters|[1]|expected "Key=Value", got "B"',
      'Parameters|[2]|expected "Key=Value", got "=2"',
    ]);
    expect(lines(errors('["A=1", {"ParameterKey": "B", "ParameterValue": "2"}]'))).toEqual([
      'Parameters||a parameter file is [{"ParameterKey": "K", "ParameterValue": "V"}], {"Parameters": {"K": "V"}} or ["K=V"]; this list mixes strings and other values',
    ]);
    expect(lines(errors('{"EnvName": "prod"}'))).toEqual([
      'Parameters||a parameter file is [{"ParameterKey": "K", "ParameterValue": "V"}], {"Parameters": {"K": "V"}} or ["K=V"]',
    ]);
    expect(lines(errors('{"Parameters": {"A": null}}'))).toEqual(['Parameters|Parameters.A|expected string or number or boolean, got null']);
  });

  it('reports a syntax error with line and column, and names the file in every error', () => {
    const bad = errors('[{"ParameterKey": "A",}]');
    expect(bad).toEqual([{ severity: 'error', resource: 'Template', path: '', file: 'p.json', message: 'Invalid JSON at line 1, column 23: Unexpected character "}"; expected a property name in double quotes' }]);
  });
});
