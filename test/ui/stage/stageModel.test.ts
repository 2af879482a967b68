// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../../src/store';
import { counterValue, createCounterTicker, compactCount } from '../../../src/ui/stage/counterTicker';
import { createLeavingTracker } from '../../../src/ui/stage/leavingTracker';
import { taskVisual } from '../../../src/ui/stage/taskVisual';
import { defaultSpec, STEADY_MS, withTaskStatus } from './defaultWorld';

afterEach(() => {
  vi.useRealTimers();
});

describe('taskVisual', () => {
  it('follows the encoding table: lastStatus first, then the target state, then why it is being replaced', () => {
    expect(taskVisual('PROVISIONING', null, null)).toBe('pending');
    expect(taskVisual('PENDING', null, null)).toBe('pending');
    expect(taskVisual('ACTIVATING', 'initial', null)).toBe('initial');
    expect(taskVisual('RUNNING', 'initial', null)).toBe('initial');
    expect(taskVisual('RUNNING', 'healthy', null)).toBe('healthy');
    expect(taskVisual('RUNNING', null, null)).toBe('healthy');
    expect(taskVisual('RUNNING', 'unhealthy', null)).toBe('unhealthy');
    // Replaced for failing its own checks: unhealthy; for anything else it keeps serving, drawn as being replaced.
    expect(taskVisual('RUNNING', 'healthy', 'container-health-checks')).toBe('unhealthy');
    expect(taskVisual('RUNNING', 'unhealthy', 'elb-health-checks')).toBe('unhealthy');
    expect(taskVisual('RUNNING', 'healthy', 'instance-draining')).toBe('replacing');
    expect(taskVisual('RUNNING', 'initial', 'instance-draining')).toBe('replacing');
    expect(taskVisual('RUNNING', 'healthy', 'deployment')).toBe('replacing');
    expect(taskVisual('RUNNING', null, 'deployment')).toBe('replacing');
    expect(taskVisual('RUNNING', 'unhealthy', 'instance-draining')).toBe('unhealthy');
    expect(taskVisual('RUNNING', 'draining', 'instance-draining')).toBe('draining');
    expect(taskVisual('RUNNING', 'draining', null)).toBe('draining');
    expect(taskVisual('DEACTIVATING', 'draining', null)).toBe('draining');
    expect(taskVisual('STOPPING', null, null)).toBe('stopping');
    expect(taskVisual('DEPROVISIONING', null, null)).toBe('stopping');
    expect(taskVisual('STOPPED', null, null)).toBe('gone');
  });
});

describe('counter ticker', () => {
  it('formats counts so they keep their width', () => {
    expect(compactCount(0)).toBe('0');
    expect(compactCount(1234)).toBe('1,234');
    expect(compactCount(12_345)).toBe('12.3K');
  });

  it('writes the figure at once, then at most a few times a second as requests arrive', () => {
    vi.useFakeTimers();
    const store = createSimStore({ spec: defaultSpec() });
    store.getState().advanceTo(STEADY_MS);
    const ticker = createCounterTicker(store, 250);
    const element = document.createElement('span');
    const stop = ticker.register({ kind: 'task', id: 'UsersService-1' }, element);
    const shown = () => Number(element.textContent?.replace(/,/g, ''));
    expect(shown()).toBe(counterValue(store.getState().counters, { kind: 'task', id: 'UsersService-1' }));
    const before = shown();
    store.getState().advanceBy(5_000);
    expect(shown()).toBe(before);
    vi.advanceTimersByTime(250);
    expect(shown()).toBeGreaterThan(before);
    stop();
    const after = shown();
    store.getState().advanceBy(5_000);
    vi.advanceTimersByTime(500);
    expect(shown()).toBe(after);
  });
});

describe('leaving tracker', () => {
  it('keeps a task that just stopped on the stage for its exit animation, then lets it go', () => {
    vi.useFakeTimers();
    const store = createSimStore({ spec: defaultSpec() });
    store.getState().advanceTo(STEADY_MS);
    const tracker = createLeavingTracker(store, () => false, 300);
    const stop = tracker.subscribe(() => {});
    store.setState({ snapshot: withTaskStatus(store.getState().snapshot, 'AuthService-2', 'STOPPED') });
    expect([...tracker.get()]).toEqual(['AuthService-2']);
    vi.advanceTimersByTime(300);
    expect(tracker.get().size).toBe(0);
    stop();
  });

  it('lets stopped tasks go at once with reduced motion', () => {
    const store = createSimStore({ spec: defaultSpec() });
    store.getState().advanceTo(STEADY_MS);
    const tracker = createLeavingTracker(store, () => true);
    const stop = tracker.subscribe(() => {});
    store.setState({ snapshot: withTaskStatus(store.getState().snapshot, 'AuthService-2', 'STOPPED') });
    expect(tracker.get().size).toBe(0);
    stop();
  });
});
