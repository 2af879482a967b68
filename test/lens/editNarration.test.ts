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

describe('a step scaling policy narrated', () => {
  it('says its alarm, its steps and its aggregation in both lenses', () => {
    expect(both({ do: 'putScalingPolicy', service: 'UsersService', policy: {
      type: 'StepScaling', name: 'users-cpu-steps', adjustmentType: 'ChangeInCapacity', cooldownSeconds: 300, minAdjustmentMagnitude: null, metricAggregationType: 'Maximum',
      steps: [{ lowerBound: 0, upperBound: 20, scalingAdjustment: 1 }, { lowerBound: 20, upperBound: null, scalingAdjustment: 3 }],
      alarm: { name: 'users-cpu-steps-alarm', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanThreshold', threshold: 30, evaluationPeriods: 1 },
    } })).toEqual([
      'PutScalingPolicy: users-cpu-steps (step scaling on alarm users-cpu-steps-alarm: CPUUtilization > 30 for 1 min; ChangeInCapacity +1 from 0 to 20, +3 from 20 up; Maximum) on service users',
      'The conductor follows a new rule for the violins (users): users-cpu-steps: when the busiest player\'s effort is > 30 for 1 minute, the conductor adds 1 player when 0 to 20 over, adds 3 players when 20 or more over (PutScalingPolicy)',
    ]);
  });
});
