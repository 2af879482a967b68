/**
 * The embed's API as its host reaches it: the controller (embedController.ts) with the embed's own ways to open a
 * scenario and a lesson. Not on the first frame: useEmbedApi.ts fetches it right after, and what the host sent
 * meanwhile waits in the transport.
 */
import type { loadTemplateToWorld, SimStore } from '../../store';
import type { ScenarioSource } from '../scenarioSource';
import { createEmbedController, type EmbedController } from './embedController';
import type { Outgoing } from './embedMessages';
import type { LessonStepSaid } from './lessonSeam';
import type { LogPlace } from '../logPlace';
import type { MessageReader } from './messageReader';

export interface EmbedApiOptions {
  readonly readonly: boolean;
  readonly send: (message: Outgoing) => void;
  readonly source: ScenarioSource;
  /** The lesson library's folder. */
  readonly lessonsFolder: string;
  readonly onStep: (said: LessonStepSaid) => void;
  /** Where the host's events begin: the log as the embed's first frame found it. */
  readonly since: LogPlace;
  /**
   * The store's template reader, handed over by the first frame that has it: a chunk that imported it from the
   * store would make the bundler split the loader's handle (scenarioLoader.ts) off the first frame's chunk into a
   * request of its own.
   */
  readonly toWorld: typeof loadTemplateToWorld;
  /** The reader of messages, fetched by the first frame's chunk for the same reason (messageReader.ts). */
  readonly readMessages: () => Promise<MessageReader>;
}

/** Opens a bundled scenario by name or a template object in the embed's store; resolves to why it could not, or null. */
async function openScenario(store: SimStore, { source, toWorld }: EmbedApiOptions, scenario: string | Record<string, unknown>): Promise<string | null> {
  if (typeof scenario !== 'string') {
    const world = await toWorld(scenario, 'the host page');
    if (!world.ok) return world.error.messages.join(' ');
    return store.getState().load(world.spec, world.meta) ? null : 'The template could not be loaded.';
  }
  const file = /\.(json|ya?ml)$/.test(scenario) ? scenario : `${scenario}.json`;
  try {
    const world = await toWorld(await source.read(file), file);
    if (!world.ok) return world.error.messages.slice(0, 3).join(' ');
    return store.getState().load(world.spec, world.meta) ? null : 'The scenario could not be loaded.';
  } catch (error) {
    return `Could not read the scenario "${file}": ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function createEmbedApi(store: SimStore, options: EmbedApiOptions): EmbedController {
  const { readonly, send, source, lessonsFolder, onStep, since, readMessages } = options;
  return createEmbedController(store, {
    readonly,
    send,
    since,
    readMessages,
    loadScenario: (scenario) => openScenario(store, options, scenario),
    loadLesson: async (lesson, step) => {
      const { openLesson } = await import('./lessonSeam');
      return openLesson(store, { scenarios: source, lessonsFolder }, lesson, step, onStep);
    },
  });
}
