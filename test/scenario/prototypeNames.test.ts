/**
 * Names a user gives (logical IDs, parameters, conditions, mapping keys, parameter-file keys, header names) that are
 * also the names every JavaScript object inherits: each means what the author wrote, and `__proto__` changes no
 * object's prototype.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, explainRequest } from '../../src/engine';
import { loadBundle, parseParameterFile } from '../../src/scenario';
import { baseTemplate, lines, loadErrors, loadOk, props, resources, type Json } from './helpers';

const INHERITED = ['toString', 'hasOwnProperty', 'valueOf', 'constructor'] as const;

describe('names every object inherits', () => {
  it.each(INHERITED)('a cluster with logical ID %s is referenced like any other', (id) => {
    const template = baseTemplate();
    resources(template)[id] = resources(template).Cluster;
    delete resources(template).Cluster;
    props(template, 'WebService').Cluster = { Ref: id };
    const loaded = loadOk(template);
    expect(loaded.spec.clusters.map((c) => c.id)).toEqual([id]);
    expect(loaded.spec.services[0]?.clusterId).toBe(id);
  });

  it.each(['toString', 'constructor', '__proto__'])('a parameter file key %s meets the unknown-parameter check', (key) => {
    const file = parseParameterFile(`{"Parameters": {"${key}": "x"}}`, 'params.json');
    if (!file.ok) throw new Error('the parameter file itself is valid');
    expect(Object.keys(file.parameters)).toEqual([key]);
    expect(lines(loadErrors(baseTemplate(), { parameters: file.parameters }))).toEqual([`Options|parameters|Parameters: [${key}] do not exist in the template`]);
    const bundle = loadBundle([{ name: 'web.json', text: JSON.stringify(baseTemplate()) }], { parameters: file.parameters, parameterWarningsFor: 'params.json' });
    expect(bundle.ok && bundle.warnings.map((w) => `${w.file ?? ''}|${w.resource}|${w.path}|${w.message}`)).toEqual([
      `params.json|Parameters|${key}|Parameter ${key} is declared by no root template of this scenario; its value is not used.`,
    ]);
    const listed = parseParameterFile(`[{"ParameterKey": "${key}", "ParameterValue": "x"}]`);
    expect(listed.ok && Object.keys(listed.parameters)).toEqual([key]);
  });

  it('a key __proto__ in Metadata.EcsOrchestra.parameters is reported like any unknown parameter', () => {
    const text = JSON.stringify(baseTemplate()).replace('{', '{"Metadata":{"EcsOrchestra":{"parameters":{"__proto__":"x","Known":"y"}}},');
    expect(lines(loadErrors(text))).toEqual(['Metadata.EcsOrchestra|parameters|Parameters: [__proto__, Known] do not exist in the template']);
  });

  it('a parameter named __proto__ is a parameter, and no other name starts to look like one', () => {
    const text = JSON.stringify(baseTemplate())
      .replace('{', '{"Parameters":{"__proto__":{"Type":"String","Default":"from-proto"}},')
      .replace('"Cluster":{"Type":"AWS::ECS::Cluster"}', '"Cluster":{"Type":"AWS::ECS::Cluster","Properties":{"ClusterName":{"Ref":"__proto__"}}}');
    expect(loadOk(text).spec.clusters[0]?.name).toBe('from-proto');
    // Had the parameter become the prototype of the parameter table, "Default" would now resolve as a parameter.
    const misuse = text.replace('"Family":"web"', '"Family":{"Ref":"Default"}');
    expect(lines(loadErrors(misuse))).toEqual([
      'WebTaskDef|Properties.Family.Ref|Template format error: Unresolved resource dependencies [Default] in the Resources block of the template',
    ]);
  });

  it('a condition or a mapping key named toString exists only when written', () => {
    const template = baseTemplate();
    (resources(template).Cluster as Json).Condition = 'toString';
    expect(lines(loadErrors(template))).toEqual([
      'Cluster|Condition|Template format error: Unresolved condition dependencies [toString] in the Resources block of the template',
      'WebService|Properties.Cluster.Ref|Template format error: Unresolved resource dependencies [Cluster] in the Resources block of the template (Cluster exists only when its condition toString is true)',
    ]);
    const mapped = baseTemplate();
    mapped.Mappings = { Sizes: { web: { count: 3 } } };
    props(mapped, 'WebService').DesiredCount = { 'Fn::FindInMap': ['Sizes', 'toString', 'count'] };
    expect(lines(loadErrors(mapped))).toEqual(['WebService|Properties.DesiredCount.Fn::FindInMap|Template error: Unable to get mapping for Sizes::toString::count']);
    props(mapped, 'WebService').DesiredCount = { 'Fn::FindInMap': ['Sizes', 'web', 'count'] };
    expect(loadOk(mapped).spec.services[0]?.desiredCount).toBe(3);
  });

  it('a header condition on "constructor" does not find Object\'s constructor in a request without that header', () => {
    const template = baseTemplate();
    resources(template).HeaderRule = {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: { Ref: 'Listener' },
        Priority: 1,
        Conditions: [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'constructor', Values: ['*'] } }],
        Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '418' } }],
      },
    };
    const sim = createSimulation(loadOk(template).spec);
    expect(explainRequest(sim, { do: 'request', path: '/' }).rules[0]?.outcome).toBe('no match');
    expect(explainRequest(sim, { do: 'request', path: '/', headers: { constructor: 'x' } }).rules[0]?.outcome).toBe('matched');
  });

  it('counters of a target group named constructor read 0 before its first request, not a function', () => {
    const template = baseTemplate();
    const text = JSON.stringify(template).replaceAll('"WebTargets"', '"constructor"');
    const sim = createSimulation(loadOk(text).spec);
    expect(sim.counters().byTargetGroup.constructor).toBeUndefined();
    expect(Object.getPrototypeOf(sim.counters().byTask)).toBeNull();
  });
});
