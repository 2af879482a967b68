// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { commandsApplied, renderPanels } from './world';

describe('a step scaling policy from the inspector', () => {
  it('fills the form, is judged by Application Auto Scaling\'s step rules, appears among the policies and scales the service under a spike', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(10_000);
      store.getState().select({ kind: 'service', id: 'UsersService' });
    });
    const scaling = () => screen.getByRole('region', { name: 'Service Auto Scaling' });
    const bounds = within(scaling()).getByRole('form', { name: 'Scalable target' });
    await user.clear(within(bounds).getByLabelText('MaxCapacity'));
    await user.type(within(bounds).getByLabelText('MaxCapacity'), '8');
    await user.click(within(bounds).getByRole('button', { name: 'Register scalable target' }));
    await user.click(within(scaling()).getByText('Add a step scaling policy'));
    const form = within(scaling()).getByRole('form', { name: 'Step scaling policy' });
    const put = within(form).getByRole('button', { name: 'Put step scaling policy' });

    await user.selectOptions(within(form).getByLabelText('Metric'), 'CPUUtilization');
    await user.selectOptions(within(form).getByLabelText('ComparisonOperator'), 'GreaterThanThreshold');
    await user.clear(within(form).getByLabelText('Threshold'));
    await user.type(within(form).getByLabelText('Threshold'), '30');
    await user.clear(within(form).getByLabelText('EvaluationPeriods (1 min each)'));
    await user.type(within(form).getByLabelText('EvaluationPeriods (1 min each)'), '1');
    await user.selectOptions(within(form).getByLabelText('MetricAggregationType'), 'Maximum');
    // A gap between the steps: the engine refuses it in AWS's words, and the button says so.
    const second = within(form).getByRole('group', { name: 'Step 2' });
    await user.clear(within(second).getByLabelText('Lower bound'));
    await user.type(within(second).getByLabelText('Lower bound'), '25');
    expect(put).toBeDisabled();
    expect(put).toHaveAccessibleDescription('ValidationException: The ranges of your step adjustments can\'t overlap or have a gap: the step from 0 to 20 and the one from 25 to infinity leave a gap.');
    await user.clear(within(second).getByLabelText('Lower bound'));
    await user.type(within(second).getByLabelText('Lower bound'), '20');
    await user.clear(within(second).getByLabelText('Adjustment'));
    await user.type(within(second).getByLabelText('Adjustment'), '3');
    expect(put).toBeEnabled();
    await user.click(put);

    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'putScalingPolicy', service: 'UsersService', policy: {
      type: 'StepScaling', name: 'users-cpu-steps', adjustmentType: 'ChangeInCapacity', cooldownSeconds: 300, metricAggregationType: 'Maximum',
      steps: [{ lowerBound: 0, upperBound: 20, scalingAdjustment: 1 }, { lowerBound: 20, upperBound: null, scalingAdjustment: 3 }],
      alarm: { name: 'users-cpu-steps-alarm', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanThreshold', threshold: 30, evaluationPeriods: 1 },
    } } });
    const remove = within(scaling()).getByRole('button', { name: 'Delete users-cpu-steps' });
    expect(remove).toHaveAccessibleDescription(/users-cpu-steps-alarm: CPUUtilization GreaterThanThreshold 30 for 1 min; ChangeInCapacity \+1 from 0 to 20, \+3 from 20 to \+∞; cooldown 300 s, Maximum/);

    act(() => {
      store.getState().dispatch({ do: 'spikeTraffic', rate: 400, seconds: 300 });
      store.getState().advanceTo(200_000);
    });
    // The spike runs the tasks flat out (100 %, a breach of 70 above 30): the open-ended step's +3, at the first
    // minute's datapoint, from the 3 running to 6; the cooldown keeps the same ask from adding more.
    const activities = store.getState().log.map((entry) => entry.event).filter((event) => event.type === 'scaling.activity');
    expect(activities.map((a) => [a.t / 1000, a.policy, a.direction, a.from, a.to, a.value])).toEqual([[60, 'users-cpu-steps', 'out', 3, 6, 100]]);
    expect(store.getState().snapshot.services.find((s) => s.id === 'UsersService')?.desiredCount).toBe(6);

    // A lesson's step that locks PutScalingPolicy disables the button and says why beside it.
    act(() => store.setState({ lessonLock: (name) => (name === 'putScalingPolicy' ? 'This step asks you to watch, not change the policies.' : null) }));
    const button = within(scaling()).getByRole('button', { name: 'Put step scaling policy' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('This step asks you to watch, not change the policies.');
  });
});
