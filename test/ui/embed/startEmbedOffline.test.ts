/**
 * An embed's start when what opens an inline world or a lesson cannot be fetched (the network dropped): it says so,
 * the world stays, and the rest of the start (the start time, autoplay) still happens, so the embed still gets ready.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../../src/store';
import { parseEmbedOptions, type EmbedParam } from '../../../src/ui/embed/embedOptions';
import { startEmbed } from '../../../src/ui/embed/startEmbed';
import type { ScenarioSource } from '../../../src/ui/scenarioSource';
import { tinySpec } from '../../store/tinySpec';

vi.mock('../../../src/ui/embed/embedInline', () => {
  throw new Error('Failed to fetch embedInline');
});
vi.mock('../../../src/ui/embed/lessonSeam', () => {
  throw new Error('Failed to fetch lessonSeam');
});

const noSource: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };
const lessons = { scenarios: noSource, lessonsFolder: './lessons/' };
const optionsOf = (params: Partial<Record<EmbedParam, string>>) => parseEmbedOptions((name) => params[name] ?? null);

describe('an embed’s start without its late parts', () => {
  it('says an inline world it could not fetch the opener of, and still runs to its start time and plays', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    const notices = await startEmbed(store, optionsOf({ scenario: 'A'.repeat(120), t: '5', autoplay: '1' }), lessons, () => {});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^The inline world could not be opened \(.+\)\.$/);
    expect(store.getState()).toMatchObject({ now: 5_000, playing: true });
    expect(store.getState().scenario.title).toBe('Tiny stage');
  });

  it('says a lesson it could not fetch the seam of, and the scenario plays without it', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    const notices = await startEmbed(store, optionsOf({ lesson: 'the-sound-check' }), lessons, () => {});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Could not open the lesson "the-sound-check" \(.+\), so the scenario plays without it\.$/);
    expect(store.getState().lessonPlay).toBeNull();
  });
});
