/**
 * Commands in both lenses: what the learner did (applied) or tried to do (rejected, with the engine's reason).
 * Each command has an infinitive ("crash task X") for "Could not ..." and a past sentence with its effect. The
 * phrase books are keyed by the engine's command registry, so a command without words in both lenses does not
 * compile (edits have theirs in editNarration.ts).
 */
import { isEditCommand, type Command, type CommandName, type CommandNamed, type EditCommandName, type CommandAppliedEvent, type CommandRejectedEvent } from '../engine';
import { editPhrases, type EditPhrases } from './editNarration';
import type { Narration } from './narration';
import { countOf, scriptKey, serviceName, taskName, upperFirst, type NarrationContext } from './narrationContext';
import type { Lens } from './vocabulary';

type Phrases = EditPhrases;

/** Every command that is not an edit, in one lens. */
export type Phrasebook = { readonly [Name in Exclude<CommandName, EditCommandName>]: (command: CommandNamed<Name>, ctx: NarrationContext) => Phrases };

function request(command: CommandNamed<'request'>): string {
  return `${command.method ?? 'GET'} ${command.path ?? '/'}`;
}

const aws = (ctx: NarrationContext, taskId: string) => taskName('aws', ctx, taskId);

const AWS: Phrasebook = {
  request: (command) => ({ attempt: `send ${request(command)}`, done: `You sent ${request(command)}` }),
  crashTask(command, ctx) {
    const who = aws(ctx, command.task);
    return { attempt: `crash ${who}`, done: `You crashed ${who}: its essential container exits` };
  },
  failHealthChecks(command, ctx) {
    const who = aws(ctx, command.task);
    if (command.container === true) return { attempt: `make ${who} fail its container health check`, done: `You made ${who} fail its container health check` };
    if (command.timeout === true) return { attempt: `make ${who} stop answering health checks`, done: `You made ${who} stop answering its health checks` };
    return { attempt: `make ${who} fail its health checks`, done: `You made ${who} answer its health checks with ${command.status ?? 500}` };
  },
  recoverTask(command, ctx) {
    const who = aws(ctx, command.task);
    return { attempt: `recover ${who}`, done: `You cleared the injected faults of ${who}` };
  },
  stopTask(command, ctx) {
    const who = aws(ctx, command.task);
    return { attempt: `stop ${who}`, done: `You stopped ${who} (StopTask)` };
  },
  slowTask(command, ctx) {
    const who = aws(ctx, command.task);
    const by = command.latencyMs === undefined ? '' : ` by ${command.latencyMs} ms per request`;
    return { attempt: `slow ${who} down`, done: `You slowed ${who} down${by}` };
  },
  refuseConnections(command, ctx) {
    const who = aws(ctx, command.task);
    return { attempt: `make ${who} refuse connections`, done: `You made ${who} refuse new connections: the load balancer answers 502 at once` };
  },
  setDesiredCount(command, ctx) {
    const what = `the desired count of ${serviceName('aws', ctx, command.service)} to ${command.count}`;
    return { attempt: `set ${what}`, done: `You set ${what}` };
  },
  setTraffic: (command) =>
    command.rate === undefined
      ? { attempt: 'change the traffic mix', done: 'You changed the traffic mix' }
      : { attempt: `set traffic to ${command.rate} requests per second`, done: `You set traffic to ${command.rate} requests per second` },
  deploy(command, ctx) {
    const service = serviceName('aws', ctx, command.service);
    const image = command.image ? ` with image ${command.image}` : '';
    return { attempt: `deploy ${service}${image}`, done: `You deployed a new revision of ${service}${image}` };
  },
  forceNewDeployment(command, ctx) {
    const service = serviceName('aws', ctx, command.service);
    return { attempt: `force a new deployment of ${service}`, done: `You forced a new deployment of ${service}` };
  },
  drainInstance: (command) => ({
    attempt: `drain container instance ${command.instance}`,
    done: `You set container instance ${command.instance} to DRAINING: ECS replaces its tasks elsewhere, then stops them`,
  }),
  stopInstance: (command) => ({
    attempt: `stop container instance ${command.instance}`,
    done: `You stopped EC2 instance ${command.instance}: its tasks stop at once`,
  }),
  removeInstance: (command) => ({
    attempt: `remove container instance ${command.instance}`,
    done: `You removed container instance ${command.instance}: it drains, then deregisters once its last task has stopped`,
  }),
  addInstances(command, ctx) {
    const count = command.count ?? 1;
    const what = `${count} container ${count === 1 ? 'instance' : 'instances'}${command.instanceType ? ` (${command.instanceType})` : ''}`;
    const cluster = `cluster ${ctx.clusters.get(command.cluster) ?? command.cluster}`;
    return { attempt: `add ${what} to ${cluster}`, done: `You added ${what} to ${cluster}` };
  },
  spikeTraffic: (command) => ({
    attempt: `push a spike of ${command.rate} requests per second`,
    done: `You pushed a traffic spike: ${command.rate} requests per second for ${command.seconds ?? 300} s`,
  }),
  updateTaskProtection(command, ctx) {
    const who = command.tasks.map((id) => aws(ctx, id)).join(', ');
    return command.protectionEnabled
      ? { attempt: `protect ${who} from scale-in`, done: `UpdateTaskProtection: ${who} protected from scale-in for ${command.expiresInMinutes ?? 120} minutes` }
      : { attempt: `remove the scale-in protection of ${who}`, done: `UpdateTaskProtection: ${who} no longer protected from scale-in` };
  },
};

const player = (ctx: NarrationContext, taskId: string) => taskName('orchestra', ctx, taskId);

const ORCHESTRA: Phrasebook = {
  request: (command) => ({ attempt: `seat a request for ${request(command)}`, done: `An audience member asks for ${request(command)}` }),
  crashTask(command, ctx) {
    const who = player(ctx, command.task);
    return { attempt: `make ${who} stop playing`, done: `You make ${who} stop playing mid-piece (essential container exits)` };
  },
  failHealthChecks(command, ctx) {
    const who = player(ctx, command.task);
    if (command.container === true) return { attempt: `make ${who}'s own tuner fail`, done: `You make ${who}'s own tuner fail (container health check)` };
    if (command.timeout === true) return { attempt: `make ${who} ignore the sound check`, done: `You make ${who} ignore the sound check (health checks time out)` };
    return { attempt: `put ${who} out of tune`, done: `You put ${who} out of tune: sound checks now get ${command.status ?? 500}` };
  },
  recoverTask(command, ctx) {
    const who = player(ctx, command.task);
    return { attempt: `bring ${who} back in tune`, done: `${upperFirst(who)} recovers: back in tune and at normal speed` };
  },
  stopTask(command, ctx) {
    const who = player(ctx, command.task);
    return { attempt: `send ${who} off stage`, done: `You ask ${who} to leave the stage (StopTask)` };
  },
  slowTask(command, ctx) {
    const who = player(ctx, command.task);
    const by = command.latencyMs === undefined ? '' : ` (${command.latencyMs} ms late on every note)`;
    return { attempt: `slow ${who} down`, done: `You make ${who} play slowly${by}` };
  },
  refuseConnections(command, ctx) {
    const who = player(ctx, command.task);
    return { attempt: `make ${who} turn listeners away`, done: `You make ${who} turn new listeners away at the door (refuses connections: 502 at once)` };
  },
  setDesiredCount(command, ctx) {
    const service = ctx.services.get(command.service);
    const ask = service ? `${countOf(service.instrument, command.count)} (${service.name})` : `${command.count} players in ${command.service}`;
    return { attempt: `ask for ${ask}`, done: `You ask the conductor for ${ask}` };
  },
  setTraffic: (command) =>
    command.rate === undefined
      ? { attempt: 'change what the audience asks for', done: 'The audience now asks for different pieces (traffic mix)' }
      : { attempt: `have the audience arrive at ${command.rate} per second`, done: `The audience now arrives at ${command.rate} per second` },
  deploy(command, ctx) {
    const service = serviceName('orchestra', ctx, command.service);
    const image = command.image ? ` and a new instrument, ${command.image}` : '';
    return { attempt: `hand ${service} a new edition`, done: `You hand ${service} a new edition of the sheet music${image}` };
  },
  forceNewDeployment(command, ctx) {
    const service = serviceName('orchestra', ctx, command.service);
    return { attempt: `have ${service} replay the same edition`, done: `You have ${service} replay the same edition with fresh players (force new deployment)` };
  },
  // A container instance is a riser with a number of chairs (teaching.md §5).
  drainInstance: (command) => ({
    attempt: `clear riser ${command.instance}`,
    done: `You clear riser ${command.instance}: its players move to other chairs, then leave (instance DRAINING)`,
  }),
  stopInstance: (command) => ({
    attempt: `take away riser ${command.instance}`,
    done: `You take away riser ${command.instance}: every player on it stops at once`,
  }),
  removeInstance: (command) => ({
    attempt: `retire riser ${command.instance}`,
    done: `You retire riser ${command.instance}: it is cleared, then leaves the stage once its last player has gone`,
  }),
  addInstances(command, ctx) {
    const count = command.count ?? 1;
    const what = `${count} ${count === 1 ? 'riser' : 'risers'}${command.instanceType ? ` (${command.instanceType})` : ''}`;
    const stage = `stage ${ctx.clusters.get(command.cluster) ?? command.cluster}`;
    return { attempt: `add ${what} to the ${stage}`, done: `You add ${what} to the ${stage}` };
  },
  spikeTraffic: (command) => ({
    attempt: `bring in a rush of ${command.rate} listeners per second`,
    done: `A rush of audience arrives: ${command.rate} per second for ${command.seconds ?? 300} s (traffic spike)`,
  }),
  updateTaskProtection(command, ctx) {
    const who = command.tasks.map((id) => player(ctx, id)).join(', ');
    return command.protectionEnabled
      ? { attempt: `keep ${who} on stage`, done: `${upperFirst(who)} may not be sent home when the section shrinks, for ${command.expiresInMinutes ?? 120} minutes (task scale-in protection)` }
      : { attempt: `let ${who} go home`, done: `${upperFirst(who)} may be sent home again when the section shrinks (task scale-in protection off)` };
  },
};

const BOOKS: Readonly<Record<Lens, Phrasebook>> = { aws: AWS, orchestra: ORCHESTRA };

/** The command's words in the lens: its attempt ("crash task X") and what it did. */
export function commandPhrases(command: Command, lens: Lens, ctx: NarrationContext): Phrases {
  if (isEditCommand(command)) return editPhrases(command, lens, ctx);
  // The book is keyed by the command's own name, so the entry takes exactly this command.
  const phrase = BOOKS[lens][command.do] as (command: Command, ctx: NarrationContext) => Phrases;
  return phrase(command, ctx);
}

/** Who gave a command the scenario's own script gives: not "you". */
const SCRIPTED: Readonly<Record<Lens, string>> = { aws: "The scenario's script", orchestra: 'Written in the score' };

export function narrateCommandApplied(event: CommandAppliedEvent, lens: Lens, ctx: NarrationContext): Narration {
  const phrases = commandPhrases(event.command, lens, ctx);
  const text = ctx.scripted.has(scriptKey(event.t, event.command)) ? `${SCRIPTED[lens]}: ${phrases.attempt}` : phrases.done;
  return { text, category: 'command', importance: 'normal' };
}

export function narrateCommandRejected(event: CommandRejectedEvent, lens: Lens, ctx: NarrationContext): Narration {
  return {
    text: `Could not ${commandPhrases(event.command, lens, ctx).attempt}: ${event.reason}`,
    category: 'command',
    importance: 'important',
  };
}
