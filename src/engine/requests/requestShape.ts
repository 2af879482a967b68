/**
 * A kind of request with MC17's defaults filled in and its routing decided once: the listener by port, the
 * matching rule, and whether the load balancer refuses it outright (405 for TRACE, 463 for an X-Forwarded-For
 * with more than 30 addresses, fact 129).
 */
import { findHeader } from '../alb/request';
import type { Engine } from '../core/engine';
import type { ListenerRec, RequestShape } from '../core/model';
import type { TrafficMixEntry } from '../spec';

export const DEFAULT_SOURCE_IP = '203.0.113.10';

export function defaultListenerPort(engine: Engine): number {
  let port = Infinity;
  for (const l of engine.listeners) port = Math.min(port, l.spec.port);
  return Number.isFinite(port) ? port : 80;
}

export function listenerForPort(engine: Engine, port: number): ListenerRec | null {
  return engine.listeners.find((l) => l.spec.port === port) ?? null;
}

/** Null when no listener answers on the port. */
export function makeShape(engine: Engine, entry: TrafficMixEntry): RequestShape | null {
  const listenerPort = entry.listenerPort ?? defaultListenerPort(engine);
  const listener = listenerForPort(engine, listenerPort);
  if (listener === null) return null;
  const base = {
    method: entry.method ?? 'GET',
    host: entry.host ?? listener.lb.dnsName,
    path: entry.path ?? '/',
    query: entry.query ?? '',
    headers: entry.headers ?? {},
    sourceIp: entry.sourceIp ?? DEFAULT_SOURCE_IP,
  };
  let elbStatus = 0;
  let elbReason = '';
  const xff = findHeader(base.headers, 'x-forwarded-for');
  if (base.method === 'TRACE') {
    elbStatus = 405;
    elbReason = 'the load balancer does not allow TRACE';
  } else if (xff !== undefined && xff.split(',').length > 30) {
    elbStatus = 463;
    elbReason = 'X-Forwarded-For carries more than 30 addresses';
  }
  return {
    ...base,
    listenerPort,
    listener,
    ruleIndex: listener.route(base),
    elbStatus,
    elbReason,
    weight: entry.weight ?? 1,
    appCacheFor: null,
    appCacheStatus: 200,
    locationCache: null,
  };
}
