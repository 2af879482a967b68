/**
 * Headings in both lenses: the AWS noun, or the orchestra noun with the AWS one beside it so the two connect.
 * Control names (buttons, field labels) keep AWS's words in both lenses, as everywhere in the app.
 */
import { term, type Concept, type Lens } from '../../../lens/vocabulary';

export function lensNoun(lens: Lens, concept: Concept): string {
  const aws = term('aws', concept).one.toLowerCase();
  return lens === 'orchestra' ? `${term(lens, concept).one.toLowerCase()} (${aws})` : aws;
}

/** "Create service" / "Create section (service)". */
export function lensTitle(lens: Lens, verb: string, concept: Concept): string {
  return `${verb} ${lensNoun(lens, concept)}`;
}
