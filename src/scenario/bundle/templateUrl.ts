/**
 * Which file a nested stack's `TemplateURL` names, found as CloudFormation finds the object it fetches: the URL is
 * evaluated with the parent's parameters, conditions and pseudo parameters (`Fn::Sub` with a key prefix parameter,
 * `Fn::Join`, `Fn::If`), then matched against the given files by the longest common path suffix, so two children
 * both called `service.yaml` in different folders are two stacks. A URL that cannot be evaluated falls back to its
 * literal text (Fn::Sub's string, Fn::Join's literal parts).
 */
import { LoadContext } from '../context';
import { IssueSink } from '../issueSink';
import { metadataParameters, parseScenarioSettings } from '../metadata';
import type { SuppliedParameters } from '../parameters';
import { readTemplate } from '../template';
import { RawObject, Unresolved, isRecord, nameMap } from '../values';

export interface UrlFile {
  readonly name: string;
  readonly doc: Record<string, unknown> | null;
}

/** The literal text of a TemplateURL (Fn::Sub's string, Fn::Join's literal parts); null when there is none. */
export function literalUrl(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (!isRecord(raw)) return null;
  const sub = raw['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string') return sub[0];
  const join = raw['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map((part) => (typeof part === 'string' ? part : '/')).join(join[0]);
  }
  return null;
}

/**
 * Every string in a TemplateURL expression, each branch of an Fn::If included: the texts a file may be named by under
 * some parameter values, so a file only another branch names is no root stack of its own.
 */
export function urlStrings(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.flatMap(urlStrings);
  if (isRecord(raw)) return Object.values(raw).flatMap(urlStrings);
  return [];
}

function segments(path: string): string[] {
  return (path.split(/[?#]/)[0] ?? path).split(/[\\/]/).filter((s) => s !== '' && s !== '.');
}

function withoutExtension(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}

/**
 * How well a file's name matches a URL: the number of trailing path segments they share (the base name counts 1);
 * a base name that differs only in its extension (`svc.template` for `svc.yaml`) counts half. 0: no match.
 */
function suffixScore(url: readonly string[], file: readonly string[]): number {
  let shared = 0;
  while (shared < url.length && shared < file.length && url[url.length - 1 - shared] === file[file.length - 1 - shared]) shared++;
  if (shared > 0) return shared;
  const a = url[url.length - 1];
  const b = file[file.length - 1];
  return a !== undefined && b !== undefined && withoutExtension(a) !== '' && withoutExtension(a) === withoutExtension(b) ? 0.5 : 0;
}

export interface UrlMatch<F> {
  readonly file: F | null;
  /** Other files that match as well as the chosen one (the URL does not tell them apart). */
  readonly alsoMatching: readonly F[];
}

/** The file with the longest common path suffix; ties go to the first given. */
export function matchUrl<F extends UrlFile>(url: string, files: readonly F[]): UrlMatch<F> {
  const wanted = segments(url);
  let best = 0;
  let found: F[] = [];
  for (const file of files) {
    const score = suffixScore(wanted, segments(file.name));
    if (score > best) {
      best = score;
      found = [file];
    } else if (score === best && score > 0) found.push(file);
  }
  return { file: found[0] ?? null, alsoMatching: found.slice(1) };
}

/** A stack's template read only to evaluate its TemplateURLs and Stack conditions: its issues go nowhere. */
export function probeContext(file: UrlFile, stackName: string, options: SuppliedParameters): LoadContext | null {
  if (!file.doc) return null;
  const sink = new IssueSink();
  const template = readTemplate(file.doc, sink);
  if (!template) return null;
  const metadata = metadataParameters(template.metadata, parseScenarioSettings(template.metadata, sink));
  return new LoadContext(template, sink, stackName, { metadata, options });
}

/**
 * The values a Stack resource's `Parameters` pass to its child, evaluated in the parent's context. `onUnresolved`
 * hears of a value that cannot be evaluated (the child then uses its Default).
 */
export function passedParameters(parent: LoadContext, stackId: string, onUnresolved?: (path: string, reason: string) => void): Record<string, string> {
  const values = nameMap<string>();
  const resource = parent.resource(stackId);
  const raw = resource && isRecord(resource.properties) ? resource.properties.Parameters : undefined;
  const given = parent.evaluator.shallow(raw, { resource: stackId, path: 'Properties.Parameters' });
  if (!(given instanceof RawObject)) return values;
  for (const [key, item] of Object.entries(given.entries)) {
    const at = { resource: stackId, path: `Properties.Parameters.${key}` };
    const text = parent.evaluator.text(parent.evaluator.shallow(item, at), at);
    if (!(text instanceof Unresolved)) values[key] = text;
    else if (!text.reported) onUnresolved?.(at.path, text.reason);
  }
  return values;
}

/** The URL as the parent would evaluate it; its literal text when it cannot be evaluated. */
export function evaluatedUrl(parent: LoadContext | null, stackId: string, raw: unknown): string | null {
  if (parent) {
    const where = { resource: stackId, path: 'Properties.TemplateURL' };
    const text = parent.evaluator.text(parent.evaluator.shallow(raw, where), where);
    if (typeof text === 'string' && text !== '') return text;
  }
  return literalUrl(raw);
}
