/**
 * The note on the stage when a template gave no traffic settings and the loader made the default
 * (src/scenario/defaultTraffic.ts): what is being sent, and where to change it, in each lens. Short: it sits over
 * a corner of the stage.
 */
import { term, type Lens } from './vocabulary';

export interface TrafficNoteWords {
  readonly heading: string;
  readonly body: string;
  readonly where: string;
  /** The button that selects the clients, whose inspector has the rate and the mix. */
  readonly open: string;
  readonly dismiss: string;
}

export function trafficNoteWords(lens: Lens, perListener: number): TrafficNoteWords {
  const clients = term(lens, 'audience').many;
  const door = term(lens, 'listener').one.toLowerCase();
  return {
    heading: lens === 'aws' ? 'Default traffic' : 'A default audience',
    body:
      lens === 'aws'
        ? `The template sets none, so ${perListener} requests per second go to each ${door}, over the paths its rules match.`
        : `The template sets none, so ${perListener} arrive per second at each ${door}, asking for the pieces its rules match.`,
    where: `Change it in the ${clients} inspector or in Metadata.EcsOrchestra.traffic.`,
    open: `Show the ${clients}`,
    dismiss: 'Dismiss',
  };
}
