import { createSimStore } from '../../../src/store';
import { createEmbedController, EMBED_THROTTLE_MS } from '../../../src/ui/embed/embedController';
import type { Outgoing } from '../../../src/ui/embed/embedMessages';
import { logPlaceOf } from '../../../src/ui/logPlace';
import { loadMessageReader } from '../../../src/ui/embed/messageReader';
import { tinySpec } from '../../store/tinySpec';

function setUp(readonly = false) {
  const store = createSimStore({ spec: tinySpec(), playing: false });
  const said: Outgoing[] = [];
  const controller = createEmbedController(store, {
    readonly,
    send: (message) => said.push(message),
    loadScenario: () => Promise.resolve('not here'),
    loadLesson: () => Promise.resolve('no lessons here'),
    readMessages: loadMessageReader,
  });
  return { store, said, controller };
}

describe('the embed controller', () => {
  it('obeys valid messages and says the state at once when playing, speed or lens change', async () => {
    const { store, said, controller } = setUp();
    expect(await controller.handle({ ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' })).toBeNull();
    expect(await controller.handle({ ecsOrchestra: 1, type: 'play' })).toBeNull();
    expect(store.getState()).toMatchObject({ lens: 'orchestra', playing: true });
    expect(said).toEqual([
      { ecsOrchestra: 1, type: 'state', state: { playing: false, speed: 1, lens: 'orchestra', t: 0 } },
      { ecsOrchestra: 1, type: 'state', state: { playing: true, speed: 1, lens: 'orchestra', t: 0 } },
    ]);
    controller.destroy();
  });

  it('runs a command the engine allows, read with its own schema', async () => {
    const { store, controller } = setUp();
    expect(await controller.handle({ ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'WebService', count: 3 } })).toBeNull();
    store.getState().advanceBy(1);
    expect(store.getState().world.services[0]?.desiredCount).toBe(3);
    controller.destroy();
  });

  it('answers malformed messages, unknown and refused commands with an error and changes nothing', async () => {
    const { store, said, controller } = setUp();
    const before = store.getState().world;
    expect(await controller.handle({ ecsOrchestra: 1, type: 'play', extra: 1 })).toMatch(/^Not a message the embed takes: Unrecognized key/);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'setSpeed', speed: 1000, id: 7 })).toMatch(/^Not a message the embed takes: speed:/);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'command', command: { do: 'format C:' } })).toMatch(/^"do" must name a command: one of /);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'WebService', count: -1 } })).toMatch(/^"setDesiredCount": count:/);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'Nobody', count: 1 } })).toBe(
      'Refused: ServiceNotFoundException: Service not found.',
    );
    expect(store.getState().world).toBe(before);
    expect(store.getState().playing).toBe(false);
    expect(said.map((m) => m.type)).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(said[1]).toMatchObject({ id: 7, about: 'setSpeed' });
    controller.destroy();
  });

  it('refuses every command when read-only', async () => {
    const { store, controller } = setUp(true);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'WebService', count: 3 } })).toBe(
      'This embed is read-only (readonly=1): it takes no commands.',
    );
    expect(store.getState().sim.commandLog()).toEqual([]);
    controller.destroy();
  });

  it('seeks forward by running there and back by replaying from the start', async () => {
    const { store, controller } = setUp();
    expect(await controller.handle({ ecsOrchestra: 1, type: 'seek', t: 30 })).toBeNull();
    expect(store.getState().now).toBe(30_000);
    expect(await controller.handle({ ecsOrchestra: 1, type: 'seek', t: 5 })).toBeNull();
    expect(store.getState().now).toBe(5_000);
    controller.destroy();
  });

  describe('comes after the first frame, and tells the host the events from there (since)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('sends what happened between the first frame and its arrival in its first batch', () => {
      const store = createSimStore({ spec: tinySpec(), playing: false });
      const since = logPlaceOf(store.getState());
      store.getState().advanceTo(20_000);
      const missed = store.getState().log.filter((entry) => entry.seq > since.seq);
      expect(missed.length).toBeGreaterThan(0);
      const said: Outgoing[] = [];
      const controller = createEmbedController(store, { readonly: false, send: (m) => said.push(m), loadScenario: () => Promise.resolve(null), loadLesson: () => Promise.resolve(null), readMessages: loadMessageReader, since });
      vi.advanceTimersByTime(EMBED_THROTTLE_MS);
      expect(said).toEqual([{ ecsOrchestra: 1, type: 'events', events: missed.map((entry) => entry.event), dropped: 0 }]);
      // And then what happens after, once.
      store.getState().advanceTo(40_000);
      vi.advanceTimersByTime(EMBED_THROTTLE_MS);
      const later = said.slice(1).flatMap((m) => (m.type === 'events' ? m.events : []));
      expect(later).toEqual(store.getState().log.filter((entry) => entry.seq > (missed.at(-1)?.seq ?? 0)).map((entry) => entry.event));
      controller.destroy();
    });

    it('sends every event of a world opened before it arrived (its events count from the start)', () => {
      const store = createSimStore({ spec: tinySpec(), playing: false });
      store.getState().advanceTo(20_000);
      const since = logPlaceOf(store.getState());
      expect(store.getState().load(tinySpec({ title: 'Another' }))).toBe(true);
      store.getState().advanceTo(5_000);
      const opened = store.getState().log;
      expect(opened.length).toBeGreaterThan(0);
      const said: Outgoing[] = [];
      const controller = createEmbedController(store, { readonly: false, send: (m) => said.push(m), loadScenario: () => Promise.resolve(null), loadLesson: () => Promise.resolve(null), readMessages: loadMessageReader, since });
      vi.advanceTimersByTime(EMBED_THROTTLE_MS);
      expect(said).toEqual([{ ecsOrchestra: 1, type: 'events', events: opened.map((entry) => entry.event), dropped: 0 }]);
      controller.destroy();
    });

    it('without a place to start from, says nothing of the past', () => {
      const store = createSimStore({ spec: tinySpec(), playing: false });
      store.getState().advanceTo(20_000);
      const { said, controller } = (() => {
        const out: Outgoing[] = [];
        return { said: out, controller: createEmbedController(store, { readonly: false, send: (m) => out.push(m), loadScenario: () => Promise.resolve(null), loadLesson: () => Promise.resolve(null), readMessages: loadMessageReader }) };
      })();
      vi.advanceTimersByTime(EMBED_THROTTLE_MS);
      expect(said).toEqual([]);
      controller.destroy();
    });
  });
});
