import { describe, expect, it } from 'vitest';
import { AnnouncementQueue, summarize } from '../../../src/ui/panels/narration/announcements';
import { schedulerBounds } from '../../../src/ui/panels/inspector/selectors';
import { taskActionState } from '../../../src/ui/panels/inspector/taskActions';
import { createSimulation } from '../../../src/engine';
import { world } from '../../support/world';

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

describe('task actions: the engine answers, the inspector only shows it', () => {
  const steady = () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }] }));
    sim.runUntil(60_000);
    return sim;
  };

  it('offers every fault to a healthy running task except recovering', () => {
    const sim = steady();
    expect(taskActionState((c) => sim.check(c), 'Web-1')).toEqual({ crash: null, failHealthChecks: null, slow: null, refuse: null, stop: null, recover: 'task Web-1 has no injected faults to clear' });
  });

  it('explains each action that does not apply, in the words a rejected command gets', () => {
    const sim = steady();
    sim.dispatch({ do: 'failHealthChecks', task: 'Web-1', timeout: true });
    sim.dispatch({ do: 'slowTask', task: 'Web-1' });
    expect(taskActionState((c) => sim.check(c), 'Web-1')).toMatchObject({
      failHealthChecks: 'task Web-1 already fails its health checks: they time out',
      slow: 'task Web-1 is already 5000 ms slower per request',
      recover: null,
    });
    sim.dispatch({ do: 'stopTask', task: 'Web-1' });
    expect(taskActionState((c) => sim.check(c), 'Web-1')).toEqual({
      crash: 'task Web-1 is already stopping',
      failHealthChecks: 'task Web-1 is already stopping',
      slow: 'task Web-1 is already stopping',
      refuse: 'task Web-1 is already stopping',
      stop: 'task Web-1 is already stopping',
      recover: 'task Web-1 is already stopping',
    });
    const early = createSimulation(world({ services: [{ id: 'Web' }] }));
    early.runUntil(5_000);
    expect(taskActionState((c) => early.check(c), 'Web-1').crash).toBe('task Web-1 is PENDING: its containers are not running yet');
  });
});

describe('scheduler bounds', () => {
  it('rounds the minimum up and the maximum down', () => {
    expect(schedulerBounds(3, 100, 200)).toEqual({ lower: 3, upper: 6 });
    expect(schedulerBounds(3, 50, 150)).toEqual({ lower: 2, upper: 4 });
    expect(schedulerBounds(1, 0, 100)).toEqual({ lower: 0, upper: 1 });
  });
});
