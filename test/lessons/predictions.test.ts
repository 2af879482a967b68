/**
 * Each kind of observation a prediction reads from the run, and how its options are made and matched, with AWS's
 * numbers (interval 10 s, unhealthy threshold 2, healthy threshold 2: a target failing from 60 s is unhealthy at
 * 70 s; a replacement registered at 80 s is healthy at 100 s).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { lookahead, optionMatches, rightOption, type Observed, type OptionMatch, type Prediction } from '../../src/lessons';
import { resolveOptions } from '../../src/lessons/run/options';
import { world } from '../support/world';
import { trackObservation, webWorld } from './tracking';

const FAIL_WEB_1 = { do: 'failHealthChecks', task: 'Web-1' } as const;

describe('observing an event', () => {
  it('reads the time of the first matching event, in seconds since the step started', () => {
    const run = trackObservation(webWorld(), { kind: 'event', type: 'target.health', where: { target: 'Web-1', to: 'unhealthy' }, since: null, read: 'time' }, 60_000);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(69_999)).toBe(null);
    expect(run.at(70_000)).toEqual({ happened: true, value: 10, t: 70_000 });
  });

  it('with since, from the first event like that: a new target is healthy 2 checks of 10 s after it registers', () => {
    const since = { type: 'target.health' as const, where: { target: 'Web-3', to: 'initial' } };
    const run = trackObservation(webWorld(), { kind: 'event', type: 'target.health', where: { target: 'Web-3', to: 'healthy' }, since, read: 'time' }, 60_000);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(99_999)).toBe(null);
    expect(run.at(100_000)).toEqual({ happened: true, value: 20, t: 100_000 });
  });

  it('reads a field of the event', () => {
    const run = trackObservation(webWorld(), { kind: 'event', type: 'target.health', where: { target: 'Web-1', from: 'healthy' }, since: null, read: 'reason' }, 60_000);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(200_000)).toEqual({ happened: true, value: 'Target.ResponseCodeMismatch', t: 70_000 });
  });

  it('says it never happened once the step\'s time limit has passed', () => {
    const run = trackObservation(webWorld(), { kind: 'event', type: 'target.health', where: { target: 'Web-2', to: 'unhealthy' }, since: null, read: 'time' }, 60_000, 45);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(104_999)).toBe(null);
    expect(run.at(105_000)).toEqual({ happened: false, t: 105_000 });
  });
});

describe('observing a request', () => {
  const routed = () =>
    world({
      start: 'warm',
      services: [
        { id: 'Users', desiredCount: 2, path: '/api/users*' },
        { id: 'Api', desiredCount: 1, path: '/api/*' },
      ],
    });
  const request = (path: string) => ({ do: 'request', path } as const);

  it('reads the rule that matched it by logical ID (or "default"), its target group, its status and its task', () => {
    for (const [path, read, value] of [
      ['/api/users/1', 'rule', 'UsersRule'],
      ['/api/items', 'rule', 'ApiRule'],
      ['/api', 'rule', 'default'],
      ['/api/items', 'targetGroup', 'ApiTargets'],
      ['/api', 'targetGroup', null],
      ['/api', 'status', 404],
      ['/api/users/1', 'status', 200],
      ['/api/items', 'task', 'Api-1'],
      ['/api', 'task', null],
    ] as const) {
      const run = trackObservation(routed(), { kind: 'request', path, method: null, host: null, listenerPort: null, read }, 5_000);
      run.give(5_000, request(path));
      expect(run.at(6_000), `${path} ${read}`).toMatchObject({ happened: true, value });
    }
  });

  it('takes the first request that arrived after the step started, and only one with the method asked', () => {
    const run = trackObservation(routed(), { kind: 'request', path: '/api/users/1', method: 'POST', host: null, listenerPort: null, read: 'task' }, 5_000);
    run.give(5_000, request('/api/users/1'));
    run.give(6_000, { do: 'request', path: '/api/users/1', method: 'POST' });
    // Round robin: the GET went to Users-1, so the POST goes to Users-2 (answered 20 ms later).
    expect(run.at(10_000)).toEqual({ happened: true, value: 'Users-2', t: 6_020 });
  });
});

describe('observing a count of tasks', () => {
  it('counts the service\'s tasks in a lastStatus at a moment, what happens at that moment included', () => {
    const count = (at: number) => {
      const run = trackObservation(webWorld(), { kind: 'taskCount', service: 'Web', lastStatus: 'RUNNING', at }, 60_000);
      run.give(60_000, FAIL_WEB_1);
      return run.at(300_000);
    };
    // Web-3 launches at 70 s and is RUNNING at 81 s; Web-1 leaves RUNNING (DEACTIVATING) at 100 s.
    expect(count(20.999)).toEqual({ happened: true, value: 2, t: 80_999 });
    expect(count(21)).toEqual({ happened: true, value: 3, t: 81_000 });
    expect(count(40)).toEqual({ happened: true, value: 2, t: 100_000 });
  });
});

describe('options', () => {
  const observed = (value: number | string | null): Observed => ({ happened: true, value, t: 0 });
  const never: Observed = { happened: false, t: 0 };

  it('match by value, any of several, text contained, an inclusive range, or never', () => {
    const cases: [OptionMatch, Observed, boolean][] = [
      [{ kind: 'value', value: 20 }, observed(20), true],
      [{ kind: 'value', value: 20 }, observed(19.999), false],
      [{ kind: 'value', value: null }, observed(null), true],
      [{ kind: 'in', values: ['Web-1', 'Web-3'] }, observed('Web-3'), true],
      [{ kind: 'in', values: ['Web-1', 'Web-3'] }, observed('Web-2'), false],
      [{ kind: 'contains', text: 'ELB health checks' }, observed('Task failed ELB health checks in (target-group x)'), true],
      [{ kind: 'range', from: 10, to: 20 }, observed(10), true],
      [{ kind: 'range', from: 10, to: 20 }, observed(20), true],
      [{ kind: 'range', from: 10, to: 20 }, observed(20.001), false],
      [{ kind: 'range', from: 30, to: null }, observed(1e6), true],
      [{ kind: 'never' }, never, true],
      [{ kind: 'range', from: 0, to: null }, never, false],
    ];
    for (const [match, answer, expected] of cases) expect(optionMatches(match, answer), JSON.stringify([match, answer])).toBe(expected);
    const options = [{ kind: 'range', from: 0, to: 10 }, { kind: 'range', from: 10, to: 20 }].map((match) => ({ match: match as OptionMatch, text: { aws: '', orchestra: '' } }));
    expect(rightOption(options, observed(10))).toBe(0);
    expect(rightOption(options, observed(25))).toBe(null);
  });

  it('computed around the answer the run will give, looked ahead on a copy of the run', () => {
    const sim = createSimulation(webWorld());
    sim.advanceTo(60_000);
    const prediction: Prediction = {
      question: { aws: 'q', orchestra: 'q' },
      observe: { kind: 'event', type: 'target.health', where: { target: 'Web-1', to: 'unhealthy' }, since: null, read: 'time' },
      options: { kind: 'around', spread: 10, count: 4 },
      reason: { aws: 'r', orchestra: 'r' },
    };
    const commands = [{ at: 0, command: FAIL_WEB_1 }];
    expect(lookahead(sim, prediction.observe, commands, 60)).toEqual({ happened: true, value: 10, t: 70_000 });
    // The copy leaves the run itself where it was.
    expect(sim.now()).toBe(60_000);
    expect(sim.commandLog()).toEqual([]);
    const options = resolveOptions(prediction, { world: sim.world(), key: 'lesson/step', lookahead: () => lookahead(sim, prediction.observe, commands, 60) });
    const values = options.map((o) => (o.match.kind === 'value' ? o.match.value : null));
    expect(values).toHaveLength(4);
    expect(values).toContain(10);
    expect(values.every((v, i) => i === 0 || (v as number) - (values[i - 1] as number) === 10)).toBe(true);
    expect((values[0] as number) >= 0).toBe(true);
    expect(options.map((o) => o.text.aws)).toEqual(values.map((v) => `${String(v)} s`));
  });

  it('computed from the world: every rule of the listener and its default, or every target group and the load balancer itself', () => {
    const spec = world({ start: 'warm', services: [{ id: 'Users', path: '/api/users*' }, { id: 'Api', path: '/api/*' }] });
    const observe = { kind: 'request', path: '/api', method: null, host: null, listenerPort: 80, read: 'rule' } as const;
    const base = { question: { aws: 'q', orchestra: 'q' }, reason: { aws: 'r', orchestra: 'r' } };
    const ctx = { world: spec, key: 'k', lookahead: () => never };
    const rules = resolveOptions({ ...base, observe, options: { kind: 'each', of: 'rule' } }, ctx);
    expect(rules.map((o) => [o.match, o.text.aws, o.text.orchestra])).toEqual([
      [{ kind: 'value', value: 'UsersRule' }, 'Rule 10 (UsersRule): path /api/users*', 'Seating rule 10 (UsersRule): path /api/users*'],
      [{ kind: 'value', value: 'ApiRule' }, 'Rule 20 (ApiRule): path /api/*', 'Seating rule 20 (ApiRule): path /api/*'],
      [{ kind: 'value', value: 'default' }, 'The default action', 'The usual seating'],
    ]);
    const groups = resolveOptions({ ...base, observe: { ...observe, read: 'targetGroup' }, options: { kind: 'each', of: 'targetGroup' } }, ctx);
    expect(groups.map((o) => o.text.aws)).toEqual(['Target group UsersTargets', 'Target group ApiTargets', 'The load balancer itself']);
  });
});
