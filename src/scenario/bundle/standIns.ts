/**
 * Stand-ins for listeners no file of the bundle provides, where the simulation can still go on: a rule whose listener
 * is imported, or named by an ARN a parameter gives (one file or several), gets an outside listener on port 80 whose
 * default action answers 404, on an outside load balancer.
 * (A service whose cluster is imported runs in an empty implicit cluster of the import's name; service.ts does that.)
 */
import { LoadContext } from '../context';
import { intrinsicName } from '../intrinsics';
import { IssueSink } from '../issueSink';
import { LISTENER, LISTENER_RULE, LOAD_BALANCER } from '../resourceTypes';
import { readTemplate, type Template } from '../template';
import { Unresolved, isRecord } from '../values';
import type { BundleStacks } from './stacks';

export const OUTSIDE_STACK = 'outside';

interface Missing {
  /** An export name, or the listener's ARN or name as a parameter gave it. */
  readonly name: string;
  readonly kind: 'import' | 'text';
  /** Where a text names it, to warn there once the stand-in has its ID. */
  readonly sites: { readonly sink: IssueSink; readonly resource: string; readonly path: string }[];
}

/**
 * Listeners rules need that no file provides, in the order first met: export names rules import as their listener
 * and no file exports (when `imports`), and ARNs or names a string parameter gives that name no listener here.
 */
function missingListeners(stacks: BundleStacks, imports: boolean): Missing[] {
  const missing: Missing[] = [];
  const add = (name: string, kind: Missing['kind']): Missing => {
    const known = missing.find((m) => m.name === name && m.kind === kind);
    if (known) return known;
    const created: Missing = { name, kind, sites: [] };
    missing.push(created);
    return created;
  };
  for (const entry of stacks.entries) {
    const ctx = stacks.context(entry);
    if (!ctx) continue;
    for (const resource of entry.template.resources) {
      if (resource.type !== LISTENER_RULE || !ctx.kept.has(resource.logicalId) || !isRecord(resource.properties)) continue;
      const raw = resource.properties.ListenerArn;
      if (intrinsicName(raw) === 'Fn::ImportValue' && isRecord(raw)) {
        const where = { resource: resource.logicalId, path: 'Properties.ListenerArn.Fn::ImportValue' };
        const name = ctx.evaluator.text(ctx.evaluator.shallow(raw['Fn::ImportValue'], where), where);
        if (imports && !(name instanceof Unresolved) && stacks.findExport(name, entry) === null) add(name, 'import');
        continue;
      }
      const where = { resource: resource.logicalId, path: 'Properties.ListenerArn' };
      const value = ctx.evaluator.shallow(raw, where);
      if (typeof value !== 'string' || value === '' || ctx.findByText(value, [LISTENER]) !== undefined) continue;
      add(value, 'text').sites.push({ sink: entry.sink, resource: resource.logicalId, path: where.path });
    }
  }
  return missing;
}

function freeId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}${n}`;
  return id;
}

/** Registers the stand-ins on `stacks` and returns the outside stack that holds them; null when none is needed. */
export function addStandIns(stacks: BundleStacks, taken: (id: string) => boolean, imports = true): { ctx: LoadContext; template: Template } | null {
  const missing = missingListeners(stacks, imports);
  if (missing.length === 0) return null;
  const resources: Record<string, unknown> = {};
  const ids = new Set<string>();
  const free = (base: string): string => {
    const id = freeId(base, (candidate) => taken(candidate) || ids.has(candidate));
    ids.add(id);
    return id;
  };
  const listeners = missing.map((name: Missing, index) => {
    const suffix = index === 0 ? '' : String(index + 1);
    const lb = free(`OutsideLoadBalancer${suffix}`);
    const listener = free(`OutsideListener${suffix}`);
    resources[lb] = { Type: LOAD_BALANCER, Properties: { Name: `outside${suffix ? '-' + suffix : ''}`, Scheme: 'internet-facing' } };
    resources[listener] = {
      Type: LISTENER,
      Properties: {
        LoadBalancerArn: { Ref: lb }, Port: 80, Protocol: 'HTTP',
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not Found' } }],
      },
    };
    for (const site of name.sites) {
      site.sink.warn(site.resource, site.path, `ListenerArn "${name.name}" names no listener of this scenario; the simulator stands in an outside listener on port 80 that answers 404 (${listener}).`);
    }
    return { name: name.name, kind: name.kind, listener };
  });
  const sink = new IssueSink();
  const template = readTemplate({ Resources: resources }, sink);
  if (!template) return null;
  const ctx = new LoadContext(template, sink, OUTSIDE_STACK, { metadata: {}, options: {} });
  for (const { name, kind, listener } of listeners) {
    const arn = ctx.naming.refText(listener);
    if (kind === 'text') stacks.standInTexts.set(name, listener);
    else if (typeof arn === 'string') stacks.standIns.set(name, { arn, id: listener });
  }
  stacks.outside = ctx;
  return { ctx, template };
}
