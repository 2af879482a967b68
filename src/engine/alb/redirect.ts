/**
 * The Location an ALB redirect action answers with (fact 98). Each part is the configured text with the reserved
 * keywords replaced by the request's values; parts left as their keyword keep the original value.
 */

import type { ActionSpec } from '../spec';
import { hostWithoutPort, type RoutableRequest } from './request';

export type RedirectAction = Extract<ActionSpec, { type: 'redirect' }>;

export interface ListenerEndpoint {
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly port: number;
}

const KEYWORDS = /#\{(protocol|host|port|path|query)\}/g;

function substitute(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(KEYWORDS, (whole, name: string) => values[name] ?? whole);
}

const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };

export function redirectLocation(action: RedirectAction, req: RoutableRequest, listener: ListenerEndpoint): string {
  const values: Record<string, string> = {
    protocol: listener.protocol.toLowerCase(),
    host: hostWithoutPort(req.host),
    port: String(listener.port),
    // AWS drops the leading '/', which is why the default Path is "/#{path}".
    path: req.path.startsWith('/') ? req.path.slice(1) : req.path,
    query: req.query,
  };
  const scheme = substitute(action.protocol, values).toLowerCase();
  const host = substitute(action.host, values);
  const port = substitute(action.port, values);
  const path = substitute(action.path, values);
  const query = substitute(action.query, values);
  const portPart = port === '' || DEFAULT_PORT[scheme] === port ? '' : `:${port}`;
  const queryPart = query === '' ? '' : `?${query}`;
  return `${scheme}://${host}${portPart}${path}${queryPart}`;
}
