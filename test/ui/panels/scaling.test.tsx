// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { MetricsPanel } from '../../../src/ui/panels/MetricsPanel';
import { commandsApplied, renderPanels } from './world';

describe('Service Auto Scaling in the inspector', () => {
  it('registers a scalable target, puts a target tracking policy and deletes it, each a logged command', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(10_000);
      store.getState().select({ kind: 'service', id: 'UsersService' });
    });
    const scaling = screen.getByRole('region', { name: 'Service Auto Scaling' });
    const bounds = within(scaling).getByRole('form', { name: 'Scalable target' });
    // A minimum above the maximum is refused in Application Auto Scaling's words, and nothing is sent.
    await user.clear(within(bounds).getByLabelText('MinCapacity'));
    await user.type(within(bounds).getByLabelText('MinCapacity'), '9');
    await user.click(within(bounds).getByRole('button', { name: 'Register scalable target' }));
    expect(within(bounds).getByRole('alert')).toHaveTextContent('ValidationException: Minimum capacity cannot be greater than maximum capacity');
    expect(commandsApplied(store)).toEqual([]);
    await user.clear(within(bounds).getByLabelText('MinCapacity'));
    await user.type(within(bounds).getByLabelText('MinCapacity'), '2');
    await user.click(within(bounds).getByRole('button', { name: 'Register scalable target' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'registerScalableTarget', service: 'UsersService', minCapacity: 2, maxCapacity: 4 } });

    const form = within(screen.getByRole('region', { name: 'Service Auto Scaling' })).getByRole('form', { name: 'Target tracking policy' });
    await user.selectOptions(within(form).getByLabelText('Predefined metric'), 'ALBRequestCountPerTarget');
    await user.clear(within(form).getByLabelText('TargetValue'));
    await user.type(within(form).getByLabelText('TargetValue'), '600');
    await user.click(within(form).getByRole('button', { name: 'Put scaling policy' }));
    const put = commandsApplied(store).at(-1);
    expect(put).toMatchObject({ command: { do: 'putScalingPolicy', service: 'UsersService', policy: { name: 'users-requests-600', metric: 'ALBRequestCountPerTarget', targetValue: 600, targetGroupId: 'UsersTargetGroup' } } });
    const policy = put?.type === 'command.applied' && put.command.do === 'putScalingPolicy' ? put.command.policy : null;
    expect(policy?.type === 'TargetTrackingScaling' ? policy.resourceLabel : null).toMatch(/^app\/api-alb\/[0-9a-f]{16}\/targetgroup\/users-tg\/[0-9a-f]{16}$/);

    await user.click(screen.getByRole('button', { name: 'Delete users-requests-600' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'deleteScalingPolicy', service: 'UsersService', policyName: 'users-requests-600' } });
    expect(store.getState().world.scaling).toEqual([{ id: 'UsersServiceScalableTarget', serviceId: 'UsersService', minCapacity: 2, maxCapacity: 4, policies: [] }]);
  });

  it('protects a task from scale-in, and the Metrics tab charts a scaled service with its target line and a spike button', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<><Inspector /><MetricsPanel /></>, 'audience-grows.json');
    act(() => {
      store.getState().advanceTo(400_000);
      store.getState().select({ kind: 'task', id: 'ShopService-1' });
    });
    await user.click(screen.getByRole('button', { name: 'Protect from scale-in' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'updateTaskProtection', tasks: ['ShopService-1'], protectionEnabled: true } });
    expect(screen.getByRole('button', { name: 'Remove scale-in protection' })).toBeEnabled();

    const chart = screen.getByRole('img', { name: /^CPUUtilization of shop, 00:00 to 15:00: last [\d.]+ % · target 50 % \(shop-cpu-50\) · high alarm ALARM · low alarm INSUFFICIENT_DATA · scale-out cooldown until 07:00$/ });
    expect(chart.querySelectorAll('[data-span="cooldown-out"]').length).toBeGreaterThan(0);
    expect(screen.getByText(/desired/, { selector: '.scaling-counts' })).toHaveTextContent('desired 7 · running 7 · pending 0 · min 2 · max 8 · peak 7');
    await user.click(screen.getByRole('button', { name: 'Push a spike' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'spikeTraffic', rate: 450, seconds: 300 } });
  });
});
