/**
 * Templates that reach each other in a ring: two files nesting each other, and exports whose values import each
 * other. Each is named in the message, instead of "No template to load" or a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle, type BundleResult } from '../../src/scenario';

function errors(result: BundleResult): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.file ?? ''}|${e.resource}|${e.path}|${e.message}`);
}

const json = (value: unknown): string => JSON.stringify(value);

describe('rings of templates', () => {
  it('two files that nest each other are named, with the ring', () => {
    const a = { Resources: { Child: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'b.json' } } } };
    const b = { Resources: { Parent: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://bucket.s3.amazonaws.com/a.json' } } } };
    expect(errors(loadBundle([{ name: 'a.json', text: json(a) }, { name: 'b.json', text: json(b) }]))).toEqual([
      "a.json|Template||a.json and b.json nest each other (a.json → b.json → a.json): every file is another's nested stack (AWS::CloudFormation::Stack), so none is a root stack to start from.",
    ]);
  });

  it('a cycle of cross-stack imports is reported with every export on it, not as "Maximum call stack size exceeded"', () => {
    const x = {
      Resources: { XCluster: { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: { 'Fn::ImportValue': 'fromY' } } } },
      Outputs: { Name: { Value: { 'Fn::ImportValue': 'fromY' }, Export: { Name: 'fromX' } } },
    };
    const y = {
      Resources: { YCluster: { Type: 'AWS::ECS::Cluster' } },
      Outputs: { Name: { Value: { 'Fn::ImportValue': 'fromX' }, Export: { Name: 'fromY' } } },
    };
    const found = errors(loadBundle([{ name: 'x.json', text: json(x) }, { name: 'y.json', text: json(y) }]));
    expect(found).toEqual([
      'x.json|Outputs.Name|Value.Fn::ImportValue|Fn::ImportValue "fromY" is part of a cycle of exports: "fromY" (y.json Outputs.Name) → "fromX" (x.json Outputs.Name) → "fromY" (y.json Outputs.Name). Each export\'s value imports the next, so none of them has a value.',
      'y.json|Outputs.Name|Value.Fn::ImportValue|Fn::ImportValue "fromX" is part of a cycle of exports: "fromX" (x.json Outputs.Name) → "fromY" (y.json Outputs.Name) → "fromX" (x.json Outputs.Name). Each export\'s value imports the next, so none of them has a value.',
    ]);
  });
});
