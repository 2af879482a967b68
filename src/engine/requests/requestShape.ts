/**
 * A kind of request with MC17's defaults filled in and its routing decided once: the listener by load balancer
 * (MC29) and port, the
 * matching rule, and whether the load balancer refuses it at arrival (arrivalRefusal). Routing and the rule tester
 * build their requests here alike.
 */
import { arrivalRefusal, arrivalRefusalReason } from '../alb/arrivalRefusal';
import type { EngineState } from '../core/engineState';
import type { ListenerRec, RequestShape } from '../core/model';
import type { LoadBalancerSpec, TrafficMixEntry } from '../spec';
import type { ResolvedRequest } from './requestTrace';

export const DEFAULT_SOURCE_IP = '203.0.113.10';

function lowestPortOf(engine: EngineState, lb: LoadBalancerSpec): number {
  let port = Infinity;
  for (const l of engine.listeners) if (l.lb === lb) port = Math.min(port, l.spec.port);
  return Number.isFinite(port) ? port : 80;
}

export function defaultListenerPort(engine: EngineState): number {
  let port = Infinity;
  for (const l of engine.listeners) port = Math.min(port, l.spec.port);
  return Number.isFinite(port) ? port : 80;
}

export function listenerForPort(engine: EngineState, port: number, lb: LoadBalancerSpec | null = null): ListenerRec | null {
  return engine.listeners.find((l) => l.spec.port === port && (lb === null || l.lb === lb)) ?? null;
}

/**
 * The load balancer a request is addressed to (MC29): the one its `loadBalancer` names (logical ID, name or DNS
 * name), else the one whose DNS name is its Host; null leaves it to the port (the first load balancer listening on it).
 */
export function addressedLoadBalancer(engine: EngineState, entry: TrafficMixEntry): LoadBalancerSpec | null {
  const lbs = engine.world.loadBalancers;
  if (entry.loadBalancer !== undefined) {
    const wanted = entry.loadBalancer.toLowerCase();
    return lbs.find((lb) => lb.id === entry.loadBalancer || lb.name === entry.loadBalancer || lb.dnsName.toLowerCase() === wanted) ?? null;
  }
  if (entry.host === undefined || lbs.length < 2) return null;
  const host = entry.host.toLowerCase();
  return lbs.find((lb) => lb.dnsName.toLowerCase() === host) ?? null;
}

/** The request as the load balancer would see it (MC17), and the listener on its port (null: none listens). */
export function resolveRequest(engine: EngineState, entry: TrafficMixEntry): { readonly request: ResolvedRequest; readonly listener: ListenerRec | null } {
  const lb = addressedLoadBalancer(engine, entry);
  const listenerPort = entry.listenerPort ?? (lb === null ? defaultListenerPort(engine) : lowestPortOf(engine, lb));
  // A request addressed to a load balancer that does not exist reaches no listener.
  const listener = entry.loadBalancer !== undefined && lb === null ? null : listenerForPort(engine, listenerPort, lb);
  const request: ResolvedRequest = {
    method: entry.method ?? 'GET',
    host: entry.host ?? listener?.lb.dnsName ?? engine.world.loadBalancers[0]?.dnsName ?? '',
    path: entry.path ?? '/',
    query: entry.query ?? '',
    headers: entry.headers ?? {},
    sourceIp: entry.sourceIp ?? DEFAULT_SOURCE_IP,
    listenerPort,
  };
  return { request, listener };
}

/** Null when no listener answers on the port. */
export function makeShape(engine: EngineState, entry: TrafficMixEntry): RequestShape | null {
  const { request, listener } = resolveRequest(engine, entry);
  return listener === null ? null : shapeFor(request, listener, entry.weight ?? 1, entry.client ?? null);
}

export function shapeFor(request: ResolvedRequest, listener: ListenerRec, weight: number, client: string | null = null): RequestShape {
  const refusal = arrivalRefusal(request.method, request.headers);
  return {
    ...request,
    listener,
    ruleIndex: listener.route(request),
    refusal,
    refusalReason: refusal === 0 ? '' : arrivalRefusalReason(refusal),
    weight,
    client,
    appCacheFor: null,
    appCacheStatus: 200,
    locationCache: null,
  };
}
