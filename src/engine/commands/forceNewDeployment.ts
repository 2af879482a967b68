/** `forceNewDeployment`: a name scripts use for UpdateService with forceNewDeployment, a new deployment of the same revision. */
import type { CompiledDefinition } from './definition';

export interface ForceNewDeploymentCommand {
  readonly do: 'forceNewDeployment';
  readonly service: string;
}

export const forceNewDeployment: CompiledDefinition<ForceNewDeploymentCommand> = {
  kind: 'compiled',
  references: (command) => [{ kind: 'service', path: 'service', id: command.service }],
  inverse: { none: 'A deployment cannot be taken back: its tasks replace the old ones as they start.' },
  compile: (_world, command) => [{ do: 'updateService', service: command.service, forceNewDeployment: true }],
};
