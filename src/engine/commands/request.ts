/** `request`: one request now, with MC17's defaults for what it leaves out. */
import { arrive } from '../requests/requestRouting';
import { makeShape } from '../requests/requestShape';
import type { TrafficMixEntry } from '../spec';
import type { OperationDefinition } from './definition';
import { refusal } from './refusal';

/** A kind of request as the traffic mix writes one (MC17), sent once. */
export type RequestCommand = { readonly do: 'request' } & Omit<TrafficMixEntry, 'weight'>;

export const request: OperationDefinition<RequestCommand> = {
  kind: 'operation',
  references: (command) => (command.listenerPort === undefined ? [] : [{ kind: 'listenerPort', path: 'listenerPort', port: command.listenerPort }]),
  inverse: { none: 'A request is traffic, not a change to the world: once sent, it is answered.' },
  prepare({ engine }, command) {
    const shape = makeShape(engine, command);
    if (shape === null) {
      const on = command.loadBalancer === undefined ? '' : ` of load balancer ${command.loadBalancer}`;
      return refusal(null, `no listener on port ${command.listenerPort ?? '(default)'}${on}`);
    }
    return () => arrive(engine, shape);
  },
};
