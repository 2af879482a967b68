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
  it('follows the encoding table: lastStatus first, then the target state', () => {
    expect(taskVisual('PROVISIONING', null, false)).toBe('pending');
    expect(taskVisual('PENDING', null, false)).toBe('pending');
    expect(taskVisual('ACTIVATING', 'initial', false)).toBe('initial');
    expect(taskVisual('RUNNING', 'initial', false)).toBe('initial');
    expect(taskVisual('RUNNING', 'healthy', false)).toBe('healthy');
    expect(taskVisual('RUNNING', null, false)).toBe('healthy');
    expect(taskVisual('RUNNING', 'unhealthy', false)).toBe('unhealthy');
    expect(taskVisual('RUNNING', 'healthy', true)).toBe('unhealthy');
    expect(taskVisual('RUNNING', 'draining', false)).toBe('draining');
    expect(taskVisual('DEACTIVATING', 'draining', false)).toBe('draining');
    expect(taskVisual('STOPPING', null, false)).toBe('stopping');
    expect(taskVisual('DEPROVISIONING', null, false)).toBe('stopping');
    expect(taskVisual('STOPPED', null, false)).toBe('gone');
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
