/**
 * A script may carry edits (what an exported session writes): each is checked, in time order, against the world
 * the earlier entries made, with the same validators as the template itself.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario';

const template = JSON.parse(readFileSync(new URL('../../public/scenarios/default.json', import.meta.url), 'utf8')) as {
  Metadata: { EcsOrchestra: Record<string, unknown> };
};

function withScript(script: unknown[]) {
  return { ...template, Metadata: { EcsOrchestra: { ...template.Metadata.EcsOrchestra, script } } };
}

function loaded() {
  const r = loadScenario(template);
  if (!r.ok) throw new Error('default scenario must load');
  return r.spec;
}

describe('script entries that edit the world', () => {
  const spec = loaded();
  const users = spec.services.find((s) => s.id === 'UsersService')!;
  const usersRule = spec.rules.find((r) => r.id === 'UsersRule')!;

  it('a service created by the script can be named by later entries', () => {
    const result = loadScenario(withScript([
      { at: 10, do: 'createService', service: { ...users, id: 'OrdersService', name: 'orders' } },
      { at: 60, do: 'crashTask', task: 'OrdersService-1' },
    ]));
    expect(result.ok && result.spec.script.map((e) => [e.at, e.command.do])).toEqual([[10, 'createService'], [60, 'crashTask']]);
  });

  it('an edit the API would refuse is an error at its place in the script', () => {
    const result = loadScenario(withScript([
      { at: 5, do: 'createRule', rule: { ...usersRule, id: 'CopyRule' } },
    ]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.resource, e.path, e.message])).toEqual([
      ['Metadata.EcsOrchestra', 'script[0]', `"createRule": CopyRule: PriorityInUse: Priority '${usersRule.priority}' is currently in use`],
    ]);
  });

  it('a malformed resource in an edit is reported field by field', () => {
    const result = loadScenario(withScript([{ at: 5, do: 'createRule', rule: { ...usersRule, id: 'Bad Id', priority: 'x' } }]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['script[0].rule.id', 'script[0].rule.priority']);
  });

  it('a task of a service the script has not created yet is an error', () => {
    const result = loadScenario(withScript([
      { at: 5, do: 'crashTask', task: 'OrdersService-1' },
      { at: 10, do: 'createService', service: { ...users, id: 'OrdersService', name: 'orders' } },
    ]));
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['script[0].task']);
  });
});
