/** Edits narrated in both lenses: the AWS lens names the API call, the orchestra lens says what changed on stage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine/commands';
import { buildNarrationContext, narrate } from '../../src/lens/narration';
import { loadScenario } from '../../src/scenario';

const loaded = loadScenario(readFileSync('public/scenarios/default.json', 'utf8'));
if (!loaded.ok) throw new Error('default scenario did not load');
const spec = loaded.spec;
const ctx = buildNarrationContext(spec);
const rule = { ...spec.rules[0]!, id: 'OrdersRule', priority: 5, conditions: [{ field: 'path-pattern' as const, values: ['/api/orders*'] }] };

function both(command: Command, rejected?: string) {
  const event = rejected
    ? { t: 1000, type: 'command.rejected' as const, command, reason: rejected }
    : { t: 1000, type: 'command.applied' as const, command };
  return [narrate(event, 'aws', ctx)?.text, narrate(event, 'orchestra', ctx)?.text];
}

describe('edit narration', () => {
  it('a new rule', () => {
    expect(both({ do: 'createRule', rule })).toEqual([
      'CreateRule: priority 5, path-pattern /api/orders*',
      'The ushers add line 5 to the seating chart: path-pattern /api/orders* (CreateRule)',
    ]);
  });

  it('an update that starts a rolling deployment', () => {
    expect(both({ do: 'updateService', service: 'UsersService', taskDefinition: 'UsersTaskDefRev2', desiredCount: 4 })).toEqual([
      'UpdateService: service users: desired count 4, task definition UsersTaskDefRev2 (a rolling deployment starts)',
      'The violins (users) get a new edition: players are swapped one by one (UpdateService)',
    ]);
  });

  it('a deleted service', () => {
    expect(both({ do: 'deleteService', service: 'AuthService' })).toEqual([
      'DeleteService: service auth scales to 0 and drains',
      'The saxophones (auth) are disbanded: the players finish and leave (DeleteService)',
    ]);
  });

  it('a refused edit says what AWS said', () => {
    expect(both({ do: 'deleteTargetGroup', targetGroup: 'UsersTargetGroup' }, 'ResourceInUse: in use')).toEqual([
      'Could not delete target group users-tg: ResourceInUse: in use',
      'Could not tear up call sheet users-tg: ResourceInUse: in use',
    ]);
  });
});
