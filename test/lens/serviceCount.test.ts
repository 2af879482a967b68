/** "4/3 running" explains itself (issue 10): the desired count, and why more (or fewer) tasks run now. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { serviceCountExplanation, serviceCountText } from '../../src/lens/serviceCount';
import { serviceCountWhy } from '../../src/ui/views/serviceView';
import { defaultSpec } from '../ui/stage/defaultWorld';

const limits = { minimumHealthyPercent: 100, maximumPercent: 200 };

describe('service counts', () => {
  it('say the count as the stage shows it', () => {
    expect(serviceCountText('aws', 4, 3)).toBe('4/3 running');
    expect(serviceCountText('orchestra', 4, 3)).toBe('4/3 playing');
  });

  it('explain more running than desired by what ECS is doing', () => {
    expect(serviceCountExplanation('aws', { running: 4, desired: 3, pending: 0, replacing: { 'elb-health-checks': 1 }, ...limits })).toBe(
      '4 running, desired 3: 1 failed its health checks: ECS starts a replacement first and stops it once 3 tasks are healthy (minimum healthy 100 %).',
    );
    expect(serviceCountExplanation('aws', { running: 5, desired: 3, pending: 1, replacing: { deployment: 3 }, ...limits })).toBe(
      '5 running, desired 3: a deployment is rolling out: ECS starts new tasks before it stops old ones, up to 6 at once (maximum 200 %).',
    );
    expect(serviceCountExplanation('orchestra', { running: 4, desired: 3, pending: 0, replacing: { 'instance-draining': 1 }, ...limits })).toBe(
      '4 playing, desired 3: 1 sits on a riser being cleared: the conductor seats a substitute elsewhere first.',
    );
  });

  it('explain fewer running than desired, and say nothing more when they match', () => {
    expect(serviceCountExplanation('aws', { running: 1, desired: 3, pending: 2, replacing: {}, ...limits })).toBe('1 running, desired 3: 2 starting.');
    expect(serviceCountExplanation('aws', { running: 2, desired: 3, pending: 0, replacing: {}, ...limits })).toBe('2 running, desired 3: ECS is starting 1 more task.');
    expect(serviceCountExplanation('aws', { running: 3, desired: 3, pending: 0, replacing: {}, ...limits })).toBe('3 running, desired 3.');
  });

  it('read the run: a task failing its checks in the default scenario makes 4 of 3 run until its replacement is healthy', () => {
    const spec = defaultSpec();
    const sim = createSimulation(spec);
    sim.advanceTo(60_000);
    sim.dispatch({ do: 'failHealthChecks', task: 'UsersService-2' });
    sim.advanceTo(90_000);
    const snapshot = sim.snapshot();
    const service = snapshot.services.find((s) => s.id === 'UsersService');
    const deployment = spec.services.find((s) => s.id === 'UsersService')?.deployment;
    if (!service || !deployment) throw new Error('no users service');
    const tasks = snapshot.tasks.filter((task) => task.serviceId === 'UsersService');
    expect(serviceCountWhy('aws', service, tasks, deployment)).toBe(
      '4 running, desired 3: 1 failed its health checks: ECS starts a replacement first and stops it once 3 tasks are healthy (minimum healthy 100 %).',
    );
  });
});
