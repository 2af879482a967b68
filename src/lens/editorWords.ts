/**
 * The editors' words that change with the lens: hints and captions that tie an orchestra word to the AWS field it
 * stands for. Field labels, CloudFormation names and AWS's refusals stay AWS's in both lenses; null is no hint.
 */
import { lensNoun } from './names';
import { term, type LensWords, type Lens } from './vocabulary';

export interface EditorWords {
  /** Under the sandbox's Add buttons: what each thing is called in this lens. */
  readonly sandboxNouns: string | null;
  /** The task definition form's container fieldset. */
  readonly containerLegend: string;
  /** What registering the first revision of a new family does. */
  readonly newFamilyIntro: string;
  /** Create service: the task definition field. */
  readonly taskDefinitionHint: string | null;
  /** The simulator's instrument setting. */
  readonly instrumentHint: string | null;
  /** The deployment circuit breaker's checkbox. */
  readonly circuitBreakerHint: string | null;
  /** Edit service: the grace period and the revision fields. */
  readonly gracePeriodHint: string;
  readonly revisionHint: string;
}

const breaker = term('orchestra', 'circuitBreaker');

const WORDS: LensWords<EditorWords> = {
  aws: {
    sandboxNouns: null,
    containerLegend: 'Container',
    newFamilyIntro: 'The first revision of a new family.',
    taskDefinitionHint: null,
    instrumentHint: null,
    circuitBreakerHint: null,
    gracePeriodHint: '0 to 2147483647.',
    revisionHint: 'Another revision starts a rolling deployment.',
  },
  orchestra: {
    sandboxNouns: `A cluster is a ${lensNoun('orchestra', 'cluster')}, a service a ${lensNoun('orchestra', 'service')}, a task definition ${lensNoun('orchestra', 'taskDefinition')}.`,
    containerLegend: `Container and ${term('orchestra', 'image').one.toLowerCase()}`,
    newFamilyIntro: `The first revision of a new family. ${term('orchestra', 'image').one}: the container image.`,
    taskDefinitionHint: `The ${lensNoun('orchestra', 'taskDefinition')} the players read.`,
    instrumentHint: 'What the musicians play on stage.',
    circuitBreakerHint: `${breaker.one}: ${breaker.gloss.toLowerCase()}.`,
    gracePeriodHint: `${term('orchestra', 'gracePeriod').one}: 0 to 2147483647.`,
    revisionHint: `${term('orchestra', 'taskDefinition').one}: another edition starts a rollout.`,
  },
};

export function editorWords(lens: Lens): EditorWords {
  return WORDS[lens];
}
