/**
 * The rule tester's form as text fields, and the request command they stand for. Pure, so the parsing (headers as
 * "name: value" lines, a query typed with its '?') is tested without a DOM.
 */
import type { RequestCommand, ScenarioSpec } from '../../engine';

export interface RequestDraft {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly query: string;
  /** One "name: value" per line. */
  readonly headers: string;
  readonly sourceIp: string;
  /** The listener port as the select holds it. */
  readonly listenerPort: string;
}

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const;

const DEFAULT_SOURCE_IP = '203.0.113.10';

/**
 * A request worth testing in this world: the first entry of its traffic mix (what the scenario sends anyway), else
 * GET / to the load balancer's DNS name on the lowest listener port, as MC17 fills in.
 */
export function draftFor(world: ScenarioSpec): RequestDraft {
  const ports = world.listeners.map((l) => l.port).sort((a, b) => a - b);
  const mix = world.traffic?.mix[0];
  const port = mix?.listenerPort ?? ports[0];
  const listener = world.listeners.find((l) => l.port === port);
  const lb = world.loadBalancers.find((b) => b.id === listener?.loadBalancerId) ?? world.loadBalancers[0];
  const headers = Object.entries(mix?.headers ?? {}).map(([name, value]) => `${name}: ${value}`);
  return {
    method: mix?.method ?? 'GET',
    host: mix?.host ?? lb?.dnsName ?? '',
    path: mix?.path ?? '/',
    query: mix?.query ?? '',
    headers: headers.join('\n'),
    sourceIp: mix?.sourceIp ?? DEFAULT_SOURCE_IP,
    listenerPort: port === undefined ? '' : String(port),
  };
}

export interface ParsedHeaders {
  readonly headers: Readonly<Record<string, string>>;
  /** 1-based numbers of lines without a ':' (ignored). */
  readonly badLines: readonly number[];
}

export function parseHeaders(text: string): ParsedHeaders {
  const headers: Record<string, string> = {};
  const badLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (name === '') {
      badLines.push(index + 1);
      return;
    }
    headers[name] = line.slice(colon + 1).trim();
  });
  return { headers, badLines };
}

/** The command "Send it" dispatches, and the one the trace explains: the same object, so they cannot differ. */
export function toCommand(draft: RequestDraft): RequestCommand {
  const port = Number(draft.listenerPort);
  const query = draft.query.trim().replace(/^\?/, '');
  const path = draft.path.trim();
  const host = draft.host.trim();
  return {
    do: 'request',
    method: draft.method,
    ...(host === '' ? {} : { host }),
    path: path === '' ? '/' : path,
    query,
    headers: parseHeaders(draft.headers).headers,
    sourceIp: draft.sourceIp.trim() === '' ? DEFAULT_SOURCE_IP : draft.sourceIp.trim(),
    ...(draft.listenerPort === '' || !Number.isFinite(port) ? {} : { listenerPort: port }),
  };
}
