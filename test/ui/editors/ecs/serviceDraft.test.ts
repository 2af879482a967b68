import { describe, expect, it } from 'vitest';
import type { ServiceSpec } from '../../../../src/engine/spec';
import { createServiceFromDraft, familyRevisions, newServiceDraft, serviceEditDraft, updateServiceFromDraft } from '../../../../src/ui/editors/ecs/serviceDraft';
import { placementDraft } from '../../../../src/ui/editors/ecs/placementDraft';
import { scenario } from '../../panels/world';

const world = scenario();
const users = world.services.find((s) => s.id === 'UsersService') as ServiceSpec;

describe('updateService from the edit draft', () => {
  it('sends nothing when nothing changed', () => {
    expect(updateServiceFromDraft(users, serviceEditDraft(users))).toEqual({ ok: true, value: null });
  });

  it('sends only what changed', () => {
    const draft = { ...serviceEditDraft(users), desiredCount: '5', gracePeriod: '60' };
    expect(updateServiceFromDraft(users, draft)).toEqual({
      ok: true,
      value: { do: 'updateService', service: 'UsersService', desiredCount: 5, healthCheckGracePeriodSeconds: 60 },
    });
  });

  it('sends the deployment configuration whole, rollback only with the breaker on', () => {
    const base = serviceEditDraft(users);
    const draft = { ...base, deployment: { ...base.deployment, minimumHealthyPercent: '50', circuitBreakerRollback: true } };
    const result = updateServiceFromDraft(users, draft);
    expect(result).toEqual({
      ok: true,
      value: { do: 'updateService', service: 'UsersService', deployment: { maximumPercent: 200, minimumHealthyPercent: 50, circuitBreaker: { enable: false, rollback: false } } },
    });
  });

  it('names the fields that are not whole numbers and sends nothing', () => {
    const draft = { ...serviceEditDraft(users), desiredCount: 'three', gracePeriod: '1.5' };
    expect(updateServiceFromDraft(users, draft)).toEqual({ ok: false, errors: { desiredCount: 'Enter a whole number of tasks.', gracePeriod: 'Enter a whole number of seconds.' } });
  });

  it('leaves out placement for Fargate and sends it for EC2, keeping memberOf constraints', () => {
    const draft = { ...serviceEditDraft(users), placement: { strategies: ['binpack-memory', 'none'] as const, distinctInstance: true } };
    expect(updateServiceFromDraft(users, draft)).toEqual({ ok: true, value: null });
    const ec2: ServiceSpec = { ...users, launchType: 'EC2', placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }] };
    expect(updateServiceFromDraft(ec2, { ...draft, placement: { strategies: ['spread-az', 'binpack-memory'], distinctInstance: true } })).toEqual({
      ok: true,
      value: {
        do: 'updateService',
        service: 'UsersService',
        placementStrategies: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }],
        placementConstraints: [{ type: 'distinctInstance', expression: null }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
      },
    });
  });

  it('reads placement back as choices', () => {
    expect(placementDraft([{ type: 'random', field: null }], [{ type: 'distinctInstance', expression: null }])).toEqual({ strategies: ['random', 'none'], distinctInstance: true });
  });

  it('offers the revisions of the family, newest first', () => {
    const rev2 = { ...world.taskDefinitions[0]!, id: 'UsersTaskRev2', revision: 2 };
    const withRev = { ...world, taskDefinitions: [...world.taskDefinitions, rev2] };
    expect(familyRevisions(withRev, 'UsersTaskDef').map((td) => td.id)).toEqual(['UsersTaskRev2', 'UsersTaskDef']);
  });
});

describe('createService from the draft', () => {
  it("starts from CreateService's defaults", () => {
    const draft = newServiceDraft(world, 'ApiCluster');
    expect(draft).toMatchObject({ clusterId: 'ApiCluster', taskDefinitionId: 'UsersTaskDef', launchType: 'FARGATE', desiredCount: '1', gracePeriod: '0', containerName: 'users', containerPort: '8080' });
    expect(draft.deployment).toEqual({ maximumPercent: '200', minimumHealthyPercent: '100', circuitBreakerEnable: false, circuitBreakerRollback: false });
  });

  it('builds a ServiceSpec with a logical ID from the name', () => {
    const draft = { ...newServiceDraft(world, 'ApiCluster'), name: 'orders', desiredCount: '2', targetGroupId: 'UsersTargetGroup' };
    const result = createServiceFromDraft(world, draft);
    expect(result).toEqual({
      ok: true,
      value: {
        do: 'createService',
        service: {
          id: 'OrdersService',
          name: 'orders',
          clusterId: 'ApiCluster',
          taskDefinitionId: 'UsersTaskDef',
          desiredCount: 2,
          launchType: 'FARGATE',
          loadBalancers: [{ targetGroupId: 'UsersTargetGroup', containerName: 'users', containerPort: 8080 }],
          healthCheckGracePeriodSeconds: 0,
          deployment: { maximumPercent: 200, minimumHealthyPercent: 100, circuitBreaker: { enable: false, rollback: false } },
          placementStrategies: [],
          placementConstraints: [],
        },
      },
    });
  });

  it('keeps logical IDs unique and binds nothing without a target group', () => {
    const draft = { ...newServiceDraft(world, 'ApiCluster'), name: 'users', targetGroupId: '' };
    const result = createServiceFromDraft(world, draft);
    expect(result.ok && result.value.service.id).toBe('UsersService2');
    expect(result.ok && result.value.service.loadBalancers).toEqual([]);
  });

  it("refuses a name ECS would refuse, in ECS's words", () => {
    const result = createServiceFromDraft(world, { ...newServiceDraft(world), name: 'orders api' });
    expect(result).toEqual({ ok: false, errors: { name: 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed in a service name.' } });
  });
});
