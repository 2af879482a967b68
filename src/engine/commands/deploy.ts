/**
 * `deploy`: a name scripts use for what the sandbox's "Register and deploy" does: RegisterTaskDefinition (the
 * family's next revision, with the new image on the load-balanced container and the app settings given), then
 * UpdateService to it, a rolling deployment.
 */
import { nextRevision, revisionLogicalId } from '../edits/revisions';
import { byId } from '../edits/worldChanges';
import { fromResponseRules, toResponseRules } from '../schema/responseRules';
import type { AppBehaviour, ScenarioSpec, TaskDefinitionSpec } from '../spec';
import { servingContainer } from '../tasks/appBehaviour';
import type { CompiledDefinition } from './definition';
import { refusal } from './refusal';

/** A new revision of the service's task definition (image on the load-balanced container, app settings) and the service updated to it. */
export type DeployCommand = {
  readonly do: 'deploy';
  readonly service: string;
  readonly image?: string;
} & Partial<Omit<AppBehaviour, 'responses'>> & { readonly responses?: AppBehaviour['responses'] };

/** As a script writes it: `responses` is pattern to status, in order, as on a task definition's Metadata. */
export type WrittenDeploy = Omit<DeployCommand, 'responses'> & { readonly responses?: Readonly<Record<string, number>> };

const APP_KEYS = [
  'provisioningSeconds',
  'pendingSeconds',
  'activatingSeconds',
  'startupSeconds',
  'shutdownSeconds',
  'ignoresSigterm',
  'latencyMs',
  'errorRate',
  'responses',
  'pullError',
  'instrument',
] as const satisfies readonly (keyof AppBehaviour)[];

/** The next revision of the family (fact 1), with the new image on its load-balanced container. */
function nextRevisionOf(world: ScenarioSpec, current: TaskDefinitionSpec, containerName: string | undefined, command: DeployCommand): TaskDefinitionSpec {
  const revision = nextRevision(world, current.family);
  const serving = servingContainer(current, containerName);
  const containers = current.containers.map((c) => (command.image !== undefined && c === serving ? { ...c, image: command.image } : c));
  // A new image clears an inherited pull error unless the command gives one again (MC22).
  const app: Record<string, unknown> = { ...current.app, pullError: command.image !== undefined ? null : current.app.pullError };
  for (const key of APP_KEYS) if (command[key] !== undefined) app[key] = command[key];
  return { ...current, id: revisionLogicalId(world, current.id, revision), revision, containers, app: app as unknown as AppBehaviour };
}

export const deploy: CompiledDefinition<DeployCommand, WrittenDeploy> = {
  kind: 'compiled',
  // `responses` keeps its place among the keys: the command is logged with the bytes it was written with.
  written: {
    read: (written) => ({ ...written, ...(written.responses !== undefined ? { responses: toResponseRules(written.responses) } : {}) }) as DeployCommand,
    write: (command) => ({ ...command, ...(command.responses !== undefined ? { responses: fromResponseRules(command.responses) } : {}) }) as WrittenDeploy,
  },
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  // The new revision stays registered, as in AWS; the service goes back to the one it ran.
  inverse: (world, command) => {
    const service = byId(world.services, command.service);
    return service ? [{ do: 'updateService', service: service.id, taskDefinition: service.taskDefinitionId }] : null;
  },
  compile(world, command) {
    const service = byId(world.services, command.service);
    if (!service) return refusal('ServiceNotFoundException', 'Service not found.');
    const current = byId(world.taskDefinitions, service.taskDefinitionId);
    if (!current) return refusal('ClientException', 'Unable to describe task definition.');
    const taskDefinition = nextRevisionOf(world, current, service.loadBalancers[0]?.containerName, command);
    return [
      { do: 'registerTaskDefinition', taskDefinition },
      { do: 'updateService', service: service.id, taskDefinition: taskDefinition.id },
    ];
  },
};
