// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Narrator } from '../../src/ui/Narrator';
import { narrate } from '../../src/ui/narrate';
import { renderWorld } from './renderWorld';

describe('narration', () => {
  it('announces important events politely, without the routine ones', async () => {
    const { store } = renderWorld(<Narrator />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
    act(() => store.getState().advanceTo(60_000));
    await waitFor(() => expect(status).toHaveTextContent('has reached a steady state.'));
    expect(status).not.toHaveTextContent('is now RUNNING');
  });

  it('announces a stopped task with its reason', async () => {
    const { store } = renderWorld(<Narrator />);
    act(() => store.getState().advanceTo(60_000));
    act(() => {
      store.getState().dispatch({ do: 'stopTask', task: 'WebService-1' });
      store.getState().advanceTo(200_000);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/WebService-1 is now STOPPED/), { timeout: 4000 });
  });

  it('says why a task stopped, in plain words', () => {
    expect(
      narrate({
        t: 1000,
        type: 'task.status',
        task: 'UsersService-4',
        service: 'UsersService',
        from: 'DEPROVISIONING',
        to: 'STOPPED',
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: 'Task failed ELB health checks',
      }),
    ).toBe('UsersService-4 is now STOPPED: Task failed ELB health checks');
    expect(
      narrate({ t: 0, type: 'task.status', task: 'UsersService-4', service: 'UsersService', from: 'ACTIVATING', to: 'RUNNING', stopCode: null, stoppedReason: null }),
    ).toBe('UsersService-4 is now RUNNING');
  });
});
