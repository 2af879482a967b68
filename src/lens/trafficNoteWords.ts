/**
 * The note on the stage when a template gave no traffic settings and the loader made the default
 * (src/scenario/defaultTraffic.ts): what is being sent, and where to change it, in each lens.
 */
import { term, type Lens } from './vocabulary';

export interface TrafficNoteWords {
  readonly heading: string;
  readonly body: string;
  readonly where: string;
  /** The button that selects the clients, whose inspector has the rate. */
  readonly open: string;
  readonly dismiss: string;
}

export function trafficNoteWords(lens: Lens, perListener: number, listeners: number, kinds: number): TrafficNoteWords {
  const clients = term(lens, 'audience').many;
  const doors = listeners === 1 ? term(lens, 'listener').one.toLowerCase() : `each of the ${listeners} ${term(lens, 'listener').many.toLowerCase()}`;
  const body =
    lens === 'aws'
      ? `This template has no traffic settings, so the simulator sends ${perListener} requests per second to ${doors}, spread over ${kinds} requests for the paths its rules match.`
      : `This template says nothing about the audience, so ${perListener} arrive per second at ${doors}, spread over ${kinds} requests for the pieces its rules match.`;
  return {
    heading: lens === 'aws' ? 'Default traffic' : 'A default audience',
    body,
    where: `Change it in the ${clients} inspector, or in the template's Metadata.EcsOrchestra.traffic.`,
    open: `Show the ${clients}`,
    dismiss: 'Dismiss',
  };
}
