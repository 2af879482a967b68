/**
 * Logical IDs across a bundle: a resource keeps its ID unless another stack uses the same one; then it becomes the
 * stack name and the ID run together in letters and digits (`orders-stack` + `Listener` = `OrdersStackListener`).
 * The rename is applied to the template text itself (every Ref, GetAtt, Sub variable and DependsOn), so each stack
 * is then read with IDs unique in the whole world.
 */
import { intrinsicName } from '../intrinsics';
import { parseSub } from '../sub';
import { hasOwn, isRecord } from '../values';

/** `orders-stack` → `OrdersStack`: letters and digits only, each word capitalised. */
export function lettersAndDigits(text: string): string {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
}

export interface StackIds {
  readonly stackName: string;
  readonly ids: readonly string[];
}

/** For each stack (in order), original ID → new ID for the IDs that change. */
export function planRenames(stacks: readonly StackIds[]): Map<string, string>[] {
  const count = new Map<string, number>();
  for (const stack of stacks) for (const id of new Set(stack.ids)) count.set(id, (count.get(id) ?? 0) + 1);
  const taken = new Set(count.keys());
  return stacks.map((stack) => {
    const renames = new Map<string, string>();
    for (const id of stack.ids) {
      if ((count.get(id) ?? 0) < 2 || renames.has(id)) continue;
      const base = lettersAndDigits(stack.stackName) + id;
      let candidate = base;
      for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
      taken.add(candidate);
      renames.set(id, candidate);
    }
    return renames;
  });
}

function renameSub(text: string, renames: ReadonlyMap<string, string>, variables: Readonly<Record<string, unknown>>): string {
  return parseSub(text).map((part) => {
    if (part.kind === 'text') return part.text.replace(/\$\{/g, '${!');
    const to = hasOwn(variables, part.full) ? undefined : renames.get(part.name);
    if (to === undefined) return '${' + part.full + '}';
    return '${' + to + (part.attribute === null ? '' : '.' + part.attribute) + '}';
  }).join('');
}

function renameValue(raw: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(raw)) return raw.map((item) => renameValue(item, renames));
  if (!isRecord(raw)) return raw;
  const fn = intrinsicName(raw);
  const arg = fn === null ? undefined : raw[fn];
  if (fn === 'Ref' && typeof arg === 'string') return { Ref: renames.get(arg) ?? arg };
  if (fn === 'Fn::GetAtt') {
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      const id = dot > 0 ? arg.slice(0, dot) : arg;
      return { 'Fn::GetAtt': (renames.get(id) ?? id) + (dot > 0 ? arg.slice(dot) : '') };
    }
    if (Array.isArray(arg) && typeof arg[0] === 'string') {
      const rest: unknown[] = arg.slice(1);
      return { 'Fn::GetAtt': [renames.get(arg[0]) ?? arg[0], ...rest.map((item) => renameValue(item, renames))] };
    }
  }
  if (fn === 'Fn::Sub') {
    if (typeof arg === 'string') return { 'Fn::Sub': renameSub(arg, renames, {}) };
    if (Array.isArray(arg) && typeof arg[0] === 'string') {
      const variables = isRecord(arg[1]) ? arg[1] : {};
      const rest: unknown[] = arg.slice(2);
      return { 'Fn::Sub': [renameSub(arg[0], renames, variables), renameValue(arg[1], renames), ...rest] };
    }
  }
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, renameValue(value, renames)]));
}

function renameDependsOn(raw: unknown, renames: ReadonlyMap<string, string>): unknown {
  const one = (id: unknown): unknown => (typeof id === 'string' ? (renames.get(id) ?? id) : id);
  return Array.isArray(raw) ? raw.map(one) : one(raw);
}

/** A copy of the template document with `renames` applied to resource IDs and every reference to them. */
export function renameTemplate(doc: Readonly<Record<string, unknown>>, renames: ReadonlyMap<string, string>): Record<string, unknown> {
  if (renames.size === 0) return { ...doc };
  const out: Record<string, unknown> = { ...doc };
  if (isRecord(doc.Resources)) {
    out.Resources = Object.fromEntries(Object.entries(doc.Resources).map(([id, resource]) => {
      if (!isRecord(resource)) return [renames.get(id) ?? id, resource];
      const copy: Record<string, unknown> = { ...resource };
      if ('Properties' in copy) copy.Properties = renameValue(copy.Properties, renames);
      if ('DependsOn' in copy) copy.DependsOn = renameDependsOn(copy.DependsOn, renames);
      return [renames.get(id) ?? id, copy];
    }));
  }
  if (isRecord(doc.Outputs)) out.Outputs = renameValue(doc.Outputs, renames);
  return out;
}

const TASK_ID = /^(.+)-([1-9]\d*)$/;

/** Script entries name services, tasks (`<service>-<n>`) and clusters by logical ID; they follow the rename. */
export function renameScript(script: readonly unknown[], renames: ReadonlyMap<string, string>): unknown[] {
  return script.map((entry) => {
    if (!isRecord(entry) || renames.size === 0) return entry;
    const copy: Record<string, unknown> = { ...entry };
    for (const key of ['service', 'cluster'] as const) {
      const id = copy[key];
      if (typeof id === 'string' && renames.has(id)) copy[key] = renames.get(id);
    }
    const match = typeof copy.task === 'string' ? TASK_ID.exec(copy.task) : null;
    const service = match?.[1];
    if (match && service !== undefined && renames.has(service)) copy.task = `${renames.get(service) ?? service}-${match[2] ?? ''}`;
    return copy;
  });
}
