import { describe, expect, it } from 'vitest';
import { baseTemplate, lines, loadErrors, loadOk, resources, type Json } from './helpers';

function withRule(conditions: unknown[]): Json {
  const template = baseTemplate();
  resources(template).Rule = {
    Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    Properties: {
      ListenerArn: { Ref: 'Listener' },
      Priority: 10,
      Conditions: conditions,
      Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: 418 } }],
    },
  };
  return template;
}

describe('listener rule conditions', () => {
  it('reads Field + Values and the *Config form into the same ConditionSpec', () => {
    const legacy = loadOk(withRule([
      { Field: 'path-pattern', Values: ['/api/*'] },
      { Field: 'host-header', Values: ['api.example.com'] },
    ])).spec.rules[0]?.conditions;
    const config = loadOk(withRule([
      { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } },
      { HostHeaderConfig: { Values: ['api.example.com'] } },
    ])).spec.rules[0]?.conditions;
    expect(legacy).toEqual([{ field: 'path-pattern', values: ['/api/*'] }, { field: 'host-header', values: ['api.example.com'] }]);
    expect(config).toEqual(legacy);
  });

  it('reads the header, method, query-string and source-ip configs', () => {
    const conditions = loadOk(withRule([
      { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Canary', Values: ['on'] } },
      { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['GET'] } },
      { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'debug', Value: 'true' }, { Value: 'x' }] } },
      { Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.0/8'] } },
    ])).spec.rules[0]?.conditions;
    expect(conditions).toEqual([
      { field: 'http-header', headerName: 'X-Canary', values: ['on'] },
      { field: 'http-request-method', values: ['GET'] },
      { field: 'query-string', values: [{ key: 'debug', value: 'true' }, { key: null, value: 'x' }] },
      { field: 'source-ip', values: ['10.0.0.0/8'] },
    ]);
  });

  it('rejects what only the written form shows: several legacy Values, Values on other fields, unknown fields', () => {
    const errors = loadErrors(withRule([
      { Field: 'path-pattern', Values: ['/a', '/b'] },
      { Field: 'http-header', Values: ['x'] },
      { Field: 'cookie', Values: ['x'] },
      { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'k' }] } },
    ]));
    expect(lines(errors)).toEqual([
      "Rule|Properties.Conditions[0].Values|The 'path-pattern' field contains too many values; the limit is '1' (use PathPatternConfig for several)",
      "Rule|Properties.Conditions[1].Values|The 'Values' field is not compatible with 'http-header'",
      "Rule|Properties.Conditions[2].Field|Condition field 'cookie' must be one of '[path-pattern,host-header,http-header,http-request-method,query-string,source-ip]'",
      "Rule|Properties.Conditions[3].QueryStringConfig.Values[0]|A 'Value' must be specified in 'QueryStringKeyValuePair'",
    ]);
  });
});
