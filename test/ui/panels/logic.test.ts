import { describe, expect, it } from 'vitest';
import type { TaskSnapshot } from '../../../src/engine/snapshot';
import { AnnouncementQueue, summarize } from '../../../src/ui/panels/narration/announcements';
import { schedulerBounds } from '../../../src/ui/panels/inspector/selectors';
import { taskActionState } from '../../../src/ui/panels/inspector/taskActions';

function fakeTimers() {
  let now = 0;
  const due: { at: number; run: () => void }[] = [];
  return {
    timers: {
      now: () => now,
      setTimeout: (run: () => void, ms: number) => {
        const entry = { at: now + ms, run };
        due.push(entry);
        return entry;
      },
      clearTimeout: (handle: unknown) => {
        const index = due.indexOf(handle as (typeof due)[number]);
        if (index >= 0) due.splice(index, 1);
      },
    },
    advance(ms: number) {
      now += ms;
      for (const entry of due.filter((candidate) => candidate.at <= now)) {
        due.splice(due.indexOf(entry), 1);
        entry.run();
      }
    },
  };
}

describe('announcements', () => {
  it('summarises several sentences', () => {
    expect(summarize(['Task A is stopping'])).toBe('Task A is stopping.');
    expect(summarize(['A', 'B.'])).toBe('2 events: A. B.');
    expect(summarize(['A', 'B', 'C', 'D', 'E'])).toBe('5 events; the latest: C. D. E.');
  });

  it('says at most one message per interval, and forgets the queue on clear', () => {
    const clock = fakeTimers();
    const said: string[] = [];
    const queue = new AnnouncementQueue((message) => said.push(message), clock.timers, 2000);
    queue.push(['one']);
    clock.advance(0);
    expect(said).toEqual(['one.']);
    queue.push(['two']);
    queue.push(['three']);
    clock.advance(1999);
    expect(said).toHaveLength(1);
    clock.advance(1);
    expect(said).toEqual(['one.', '2 events: two. three.']);
    queue.push(['lost']);
    queue.clear();
    clock.advance(5000);
    expect(said).toHaveLength(2);
  });
});

const running: TaskSnapshot = {
  id: 'UsersService-2',
  serviceId: 'UsersService',
  deploymentId: 'ecs-svc/1',
  taskDefinition: 'users:1',
  image: 'users:1.4.0',
  lastStatus: 'RUNNING',
  desiredStatus: 'RUNNING',
  healthStatus: 'UNKNOWN',
  availabilityZone: 'us-east-1a',
  privateIp: '10.0.0.10',
  instanceId: null,
  hostPorts: {},
  launchedAt: 0,
  startedAt: 11_000,
  stoppingAt: null,
  stoppedAt: null,
  stopCode: null,
  stoppedReason: null,
  replacement: null,
  faults: { healthChecks: null, containerHealthChecks: false, extraLatencyMs: 0 },
  statusHistory: [],
};

describe('task actions', () => {
  it('offers every fault to a healthy running task except recovering', () => {
    expect(taskActionState(running)).toEqual({ crash: null, failHealthChecks: null, slow: null, stop: null, recover: 'no injected faults to clear' });
  });

  it('explains each action that does not apply', () => {
    const faulty = { ...running, faults: { healthChecks: 'timeout' as const, containerHealthChecks: false, extraLatencyMs: 5000 } };
    expect(taskActionState(faulty)).toMatchObject({
      failHealthChecks: 'already failing: its health checks time out',
      slow: 'already 5000 ms slower per request',
      recover: null,
    });
    expect(taskActionState({ ...running, lastStatus: 'PENDING' }).crash).toBe('needs a RUNNING or ACTIVATING task; this one is PENDING');
    expect(taskActionState({ ...running, lastStatus: 'DEACTIVATING', desiredStatus: 'STOPPED' }).stop).toBe('ECS is already stopping it (DEACTIVATING)');
  });
});

describe('scheduler bounds', () => {
  it('rounds the minimum up and the maximum down', () => {
    expect(schedulerBounds(3, 100, 200)).toEqual({ lower: 3, upper: 6 });
    expect(schedulerBounds(3, 50, 150)).toEqual({ lower: 2, upper: 4 });
    expect(schedulerBounds(1, 0, 100)).toEqual({ lower: 0, upper: 1 });
  });
});
