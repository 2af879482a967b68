import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/engine/commands';
import { formatIssue } from '../../src/scenario';
import { baseTemplate, lines, loadErrors, loadOk, props, resources, type Json } from './helpers';

function withSettings(settings: unknown): Json {
  const template = baseTemplate();
  template.Metadata = { EcsOrchestra: settings, 'AWS::CloudFormation::Interface': { ParameterGroups: [] } };
  return template;
}

describe('Metadata.EcsOrchestra: scenario settings, traffic and script', () => {
  it('reads title, summary, seed, traffic and the script into the spec', () => {
    const { spec, warnings } = loadOk(withSettings({
      title: 'Crash test',
      summary: 'One crash.',
      seed: 42,
      traffic: { rate: 10, mix: [{ method: 'POST', path: '/orders', headers: { 'X-Canary': 'on' }, listenerPort: 80, weight: 2 }, { path: '/' }] },
      script: [
        { at: 90, do: 'crashTask', task: 'WebService-2' },
        { at: 30, do: 'setTraffic', rate: 20 },
        { at: 90, do: 'failHealthChecks', task: 'WebService-1', status: 503 },
        { at: 120, do: 'deploy', service: 'WebService', image: 'web:2', responses: { '/': 302 }, pullError: null },
        { at: 150, do: 'request', path: '/x', listenerPort: 80 },
        { at: 160, do: 'setDesiredCount', service: 'WebService', count: 0 },
        { at: 170, do: 'forceNewDeployment', service: 'WebService' },
        { at: 180, do: 'slowTask', task: 'WebService-3', latencyMs: 7000 },
        { at: 190, do: 'recoverTask', task: 'WebService-3' },
        { at: 200, do: 'stopTask', task: 'WebService-4' },
      ],
    }));
    expect(warnings).toEqual([]);
    expect(spec).toMatchObject({ title: 'Crash test', summary: 'One crash.', seed: 42 });
    expect(spec.traffic).toEqual({ rate: 10, mix: [{ method: 'POST', path: '/orders', headers: { 'X-Canary': 'on' }, listenerPort: 80, weight: 2 }, { path: '/' }] });
    expect(spec.script).toEqual([
      { at: 30, command: { do: 'setTraffic', rate: 20 } },
      { at: 90, command: { do: 'crashTask', task: 'WebService-2' } },
      { at: 90, command: { do: 'failHealthChecks', task: 'WebService-1', status: 503 } },
      { at: 120, command: { do: 'deploy', service: 'WebService', image: 'web:2', responses: [{ pattern: '/', status: 302 }], pullError: null } },
      { at: 150, command: { do: 'request', path: '/x', listenerPort: 80 } },
      { at: 160, command: { do: 'setDesiredCount', service: 'WebService', count: 0 } },
      { at: 170, command: { do: 'forceNewDeployment', service: 'WebService' } },
      { at: 180, command: { do: 'slowTask', task: 'WebService-3', latencyMs: 7000 } },
      { at: 190, command: { do: 'recoverTask', task: 'WebService-3' } },
      { at: 200, command: { do: 'stopTask', task: 'WebService-4' } },
    ]);
  });

  it('defaults the title to the stack name, the summary to the Description and the mix to one default request', () => {
    const template = withSettings({ traffic: { rate: 3 } });
    template.Description = 'A test stack.';
    const { spec } = loadOk(template, { fileName: 'scenarios/my-test.json' });
    expect(spec).toMatchObject({ title: 'my-test', summary: 'A test stack.', seed: 1, traffic: { rate: 3, mix: [{}] } });
  });

  it('reads the start setting: warm, or cold when absent; another value is refused with the two allowed', () => {
    expect(loadOk(withSettings({ start: 'warm' })).spec.start).toBe('warm');
    expect(loadOk(withSettings({ start: 'cold' })).spec.start).toBe('cold');
    expect(loadOk(withSettings({})).spec.start).toBe('cold');
    expect(lines(loadErrors(withSettings({ start: 'hot' })))).toEqual(['Metadata.EcsOrchestra|start|must be "warm" or "cold", got the string "hot"']);
  });

  it('reports each bad script entry with its index and what it needs', () => {
    const template = withSettings({
      script: [
        { at: 10, do: 'crashTask' },
        { at: 20, do: 'explode', task: 'WebService-1' },
        { at: 30, do: 'stopTask', task: 'WebService-1', force: true },
        { at: -5, do: 'recoverTask', task: 'WebService-1' },
        { at: 50, do: 'crashTask', task: 'Ghost-1' },
        { at: 60, do: 'setDesiredCount', service: 'web', count: 2 },
        { do: 'setDesiredCount', service: 'WebService', count: 'two' },
        'crash',
      ],
    });
    props(template, 'WebService').ServiceName = 'web';
    expect(loadErrors(template).map(formatIssue)).toEqual([
      'error: Metadata.EcsOrchestra.script[0]: "crashTask" needs "task"',
      `error: Metadata.EcsOrchestra.script[1].do: "explode" is not a command; use one of ${COMMAND_NAMES.join(', ')}`,
      'error: Metadata.EcsOrchestra.script[2]: "stopTask" does not take "force"; allowed keys: at, do, task',
      'error: Metadata.EcsOrchestra.script[3].at: must be at least 0, got number -5',
      'error: Metadata.EcsOrchestra.script[6]: "setDesiredCount" needs "at"',
      'error: Metadata.EcsOrchestra.script[6].count: expected number, got the string "two"',
      'error: Metadata.EcsOrchestra.script[7]: expected an object like {"at": 90, "do": "crashTask", "task": "WebService-1"}',
      'error: Metadata.EcsOrchestra.script[4].task: "crashTask": task "Ghost-1" names no service; task IDs are <service logical ID>-<n>, e.g. "WebService-1" (services: WebService)',
      'error: Metadata.EcsOrchestra.script[5].service: "setDesiredCount": service "web" does not exist (use its logical ID "WebService")',
    ]);
  });

  it('reports unknown keys with the allowed ones, and traffic problems', () => {
    const errors = loadErrors(withSettings({
      title: 'x',
      colour: 'blue',
      traffic: { mix: [{ path: '/', listenerPort: 8443, verb: 'GET' }] },
    }));
    expect(lines(errors)).toEqual([
      'Metadata.EcsOrchestra|traffic|"traffic" needs "rate"',
      'Metadata.EcsOrchestra|traffic.mix[0]|A traffic mix entry does not take "verb"; allowed keys: method, host, path, query, headers, sourceIp, listenerPort, loadBalancer, client, weight',
      'Metadata.EcsOrchestra||Metadata.EcsOrchestra does not take "colour"; allowed keys: title, stackName, summary, seed, start, parameters, traffic, script, sources, deregisteredRevisions',
    ]);
    const port = loadErrors(withSettings({ traffic: { rate: 1, mix: [{ listenerPort: 8443 }] } }));
    expect(lines(port)).toEqual(['Metadata.EcsOrchestra|traffic.mix[0].listenerPort|No listener on port 8443; the listeners are on 80']);
  });

  it('validates task-definition settings with zod too', () => {
    const template = baseTemplate();
    (resources(template).WebTaskDef as Json).Metadata = { EcsOrchestra: { errorRate: 2, responses: { '/': 'ok' }, tempo: 120 } };
    expect(lines(loadErrors(template))).toEqual([
      'WebTaskDef|Metadata.EcsOrchestra.errorRate|must be at most 1, got number 2',
      'WebTaskDef|Metadata.EcsOrchestra.responses./|expected number, got the string "ok"',
      'WebTaskDef|Metadata.EcsOrchestra|Task definition Metadata.EcsOrchestra does not take "tempo"; allowed keys: provisioningSeconds, pendingSeconds, activatingSeconds, startupSeconds, shutdownSeconds, ignoresSigterm, latencyMs, errorRate, responses, pullError, instrument, cpuMsPerRequest, baselineCpuPercent, memoryMbPerRequest, baselineMemoryPercent, revision',
    ]);
  });
});
