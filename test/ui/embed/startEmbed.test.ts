/**
 * An embed's start (src/ui/embed/startEmbed.ts), which runs as it mounts: an inline world (a share link's encoded
 * text, whose reader is fetched only for one) opens at its moment with its commands and view, and a start time is
 * reached by running there; what cannot be done is said.
 */
import { describe, expect, it } from 'vitest';
import { encodeSession } from '../../../src/session/shareLink';
import { sessionDocOf } from '../../../src/session/storeSession';
import { createSimStore } from '../../../src/store';
import { parseEmbedOptions, type EmbedParam } from '../../../src/ui/embed/embedOptions';
import { startEmbed } from '../../../src/ui/embed/startEmbed';
import type { ScenarioSource } from '../../../src/ui/scenarioSource';
import { loadedTinySpec } from '../../session/loadedTinySpec';
import { tinySpec } from '../../store/tinySpec';

const noSource: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };
const lessons = { scenarios: noSource, lessonsFolder: './lessons/' };

function optionsOf(params: Partial<Record<EmbedParam, string>>) {
  return parseEmbedOptions((name) => params[name] ?? null);
}

/** A shared world: the tiny world titled "Shared", 40 s in, the service scaled to 3 at 10 s, seen in the orchestra lens at 4x. */
async function sharedWorld(): Promise<string> {
  const store = createSimStore({ spec: loadedTinySpec({ title: 'Shared' }) });
  store.getState().advanceTo(10_000);
  store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 3 });
  store.getState().advanceTo(40_000);
  store.getState().setLens('orchestra');
  store.getState().setSpeed(4);
  return encodeSession(sessionDocOf(store.getState()));
}

describe('an embed’s start', () => {
  it('opens an inline world at its moment, with its commands and its view, and plays when asked', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    const options = optionsOf({ scenario: await sharedWorld(), autoplay: '1' });
    expect(options.inline).not.toBeNull();
    expect(await startEmbed(store, options, lessons, () => {})).toEqual([]);
    const state = store.getState();
    expect(state.scenario.title).toBe('Shared');
    expect(state.now).toBe(40_000);
    expect(state.sim.commandLog().map((entry) => [entry.atMs, entry.command])).toEqual([[10_000, { do: 'setDesiredCount', service: 'WebService', count: 3 }]]);
    expect(state.world.services[0]?.desiredCount).toBe(3);
    expect({ lens: state.lens, speed: state.speed, playing: state.playing }).toEqual({ lens: 'orchestra', speed: 4, playing: true });
  });

  it('keeps the lens and speed its own parameters ask for over the inline world’s', async () => {
    // The embed's store starts with what its parameters ask for (EmbedApp).
    const store = createSimStore({ spec: tinySpec(), playing: false, speed: 2, view: { lens: 'aws' } });
    await startEmbed(store, optionsOf({ scenario: await sharedWorld(), lens: 'aws', speed: '2' }), lessons, () => {});
    expect({ lens: store.getState().lens, speed: store.getState().speed }).toEqual({ lens: 'aws', speed: 2 });
  });

  it('says an inline world it cannot read, and the world stays', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    const notices = await startEmbed(store, optionsOf({ scenario: 'A'.repeat(120) }), lessons, () => {});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^The inline world could not be opened: /);
    expect(store.getState().scenario.title).toBe('Tiny stage');
  });

  it('runs to its start time', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    expect(await startEmbed(store, optionsOf({ t: '25' }), lessons, () => {})).toEqual([]);
    expect(store.getState().now).toBe(25_000);
    expect(store.getState().playing).toBe(false);
  });
});
