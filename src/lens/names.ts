/**
 * How things are named in each lens. The task ID and AWS's state words appear in both, so a learner can always
 * connect "violin 2 of the users section" with UsersService-2.
 */
import { instrumentFor, term, TARGET_STATE_WORDS, type Concept, type Instrument, type Lens } from './vocabulary';

const PLURAL: Record<Instrument, string> = {
  violin: 'violins',
  saxophone: 'saxophones',
  cello: 'cellos',
  trumpet: 'trumpets',
  drum: 'drums',
  microphone: 'microphones',
};

/** The number at the end of a task ID: UsersService-2 -> 2. */
export function taskNumber(taskId: string): number | null {
  const match = /-(\d+)$/.exec(taskId);
  return match ? Number(match[1]) : null;
}

export function instrumentPlural(instrument: Instrument): string {
  return PLURAL[instrument];
}

export interface ServiceNaming {
  /** Service logical ID. */
  readonly id: string;
  /** ServiceName (what ECS messages use). */
  readonly name: string;
  readonly instrument: Instrument;
}

/** "Service users" / "The violins (users)". */
export function serviceLabel(lens: Lens, service: ServiceNaming): string {
  if (lens === 'aws') return `${term('aws', 'service').one} ${service.name}`;
  return `The ${PLURAL[service.instrument]} (${service.name})`;
}

/** "Task UsersService-2" / "Violin 2 (UsersService-2)". */
export function taskLabel(lens: Lens, taskId: string, service: ServiceNaming | null): string {
  if (lens === 'aws' || service === null) return `${term('aws', 'task').one} ${taskId}`;
  const n = taskNumber(taskId);
  const instrument = service.instrument[0]!.toUpperCase() + service.instrument.slice(1);
  return `${instrument}${n === null ? '' : ` ${n}`} (${taskId})`;
}

/** A target state in the lens's words, with AWS's word kept: "in tune (healthy)". */
export function targetStateLabel(lens: Lens, state: string): string {
  const word = TARGET_STATE_WORDS[lens][state] ?? state;
  return lens === 'aws' || word === state ? state : `${word} (${state})`;
}

/**
 * The accessible name of a task on the stage: ID, lastStatus and health in the current lens, e.g.
 * "Task UsersService-2, RUNNING, healthy" or "Violin 2 (UsersService-2), RUNNING, in tune (healthy)".
 */
export function taskAccessibleName(
  lens: Lens,
  taskId: string,
  lastStatus: string,
  health: string | null,
  service: ServiceNaming | null,
): string {
  const parts = [taskLabel(lens, taskId, service), lastStatus];
  if (health !== null) parts.push(targetStateLabel(lens, health));
  return parts.join(', ');
}

export function namingFor(id: string, name: string, declaredInstrument: string | null, index: number): ServiceNaming {
  return { id, name, instrument: instrumentFor(declaredInstrument, index) };
}

/**
 * A noun for headings in both lenses: the AWS noun, or the orchestra noun with the AWS one beside it so the two
 * connect ("section (service)"). Control names (buttons, field labels) keep AWS's words in both lenses.
 */
export function lensNoun(lens: Lens, concept: Concept): string {
  const aws = term('aws', concept).one.toLowerCase();
  const own = term(lens, concept).one.toLowerCase();
  return own === aws ? aws : `${own} (${aws})`;
}

/** "Create service" / "Create section (service)". */
export function lensTitle(lens: Lens, verb: string, concept: Concept): string {
  return `${verb} ${lensNoun(lens, concept)}`;
}
