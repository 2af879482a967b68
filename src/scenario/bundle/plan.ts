/**
 * Which stacks a bundle of files makes: a file is a root unless another file's `AWS::CloudFormation::Stack` names
 * it by its `TemplateURL` base name (a string, a Fn::Sub or a relative path); each Stack resource naming a file is
 * one nested stack, so a file named twice runs twice. Stack names: `Metadata.EcsOrchestra.stackName`, else the file
 * name without its extension; a nested stack's is its parent's run together with its logical ID.
 */
import type { IssueSink } from '../issueSink';
import { isRecord } from '../values';
import { lettersAndDigits } from './rename';

export const NESTED_STACK = 'AWS::CloudFormation::Stack';

export interface ParsedFile {
  readonly name: string;
  readonly doc: Record<string, unknown> | null;
  readonly sink: IssueSink;
}

export interface StackPlan {
  readonly file: ParsedFile;
  readonly stackName: string;
  readonly parent: StackPlan | null;
  /** Logical ID of the Stack resource in the parent's template (before any rename). */
  readonly parentResource: string | null;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function withoutExtension(name: string): string {
  return baseName(name).replace(/\.[^.]*$/, '');
}

/** The literal text of a TemplateURL (Fn::Sub's string, Fn::Join's literal parts); null when there is none. */
function urlText(raw: unknown): string | null {
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

/** The file a TemplateURL names: same base name, else same base name without extension (`svc.template` ~ `svc.yaml`). */
export function fileForUrl(url: unknown, files: readonly ParsedFile[]): ParsedFile | null {
  const text = urlText(url);
  if (text === null) return null;
  const base = baseName(text.split(/[?#]/)[0] ?? text);
  return files.find((f) => baseName(f.name) === base)
    ?? files.find((f) => withoutExtension(f.name) === withoutExtension(base) && base !== '')
    ?? null;
}

export interface NestedResource {
  readonly logicalId: string;
  readonly url: unknown;
}

export function nestedResources(doc: Record<string, unknown> | null): NestedResource[] {
  if (!doc || !isRecord(doc.Resources)) return [];
  return Object.entries(doc.Resources).flatMap(([logicalId, raw]) => {
    if (!isRecord(raw) || raw.Type !== NESTED_STACK) return [];
    const props = isRecord(raw.Properties) ? raw.Properties : {};
    return [{ logicalId, url: props.TemplateURL }];
  });
}

function rootStackName(file: ParsedFile): string {
  const metadata = file.doc && isRecord(file.doc.Metadata) ? file.doc.Metadata.EcsOrchestra : undefined;
  const written = isRecord(metadata) ? metadata.stackName : undefined;
  return typeof written === 'string' && written !== '' ? written : withoutExtension(file.name) || 'scenario';
}

/** A file as a root stack; `stackName` overrides the one it would get. */
export function rootPlan(file: ParsedFile, stackName?: string): StackPlan {
  return { file, stackName: stackName || rootStackName(file), parent: null, parentResource: null };
}

/** Roots in file order, each followed by its nested stacks (depth first), so a parent always comes before its children. */
export function planStacks(files: readonly ParsedFile[]): StackPlan[] {
  const named = new Set<ParsedFile>();
  for (const file of files) {
    for (const nested of nestedResources(file.doc)) {
      const child = fileForUrl(nested.url, files);
      if (child && child !== file) named.add(child);
    }
  }
  const plans: StackPlan[] = [];
  const visit = (plan: StackPlan, path: readonly ParsedFile[]): void => {
    plans.push(plan);
    for (const nested of nestedResources(plan.file.doc)) {
      const child = fileForUrl(nested.url, files);
      const where = `Properties.TemplateURL`;
      if (!child) {
        plan.file.sink.warn(nested.logicalId, where, 'TemplateURL names no file of this bundle; the nested stack is listed as not simulated (add its template to the files).');
        continue;
      }
      if (path.includes(child)) {
        plan.file.sink.error(nested.logicalId, where, `Circular nested stacks: ${[...path, child].map((f) => f.name).join(' → ')}`);
        continue;
      }
      const stackName = lettersAndDigits(plan.stackName) + nested.logicalId;
      visit({ file: child, stackName, parent: plan, parentResource: nested.logicalId }, [...path, child]);
    }
  };
  for (const file of files) {
    if (!named.has(file)) visit(rootPlan(file), [file]);
  }
  return plans;
}

/**
 * When every file is some other file's nested stack, no stack is a root and nothing would load: the files that name
 * each other in a ring, in order (the first repeated at the end), so the message can say which. Null otherwise.
 */
export function nestingRing(files: readonly ParsedFile[]): ParsedFile[] | null {
  const childOf = (file: ParsedFile): ParsedFile | null => {
    for (const nested of nestedResources(file.doc)) {
      const child = fileForUrl(nested.url, files);
      if (child) return child;
    }
    return null;
  };
  const withDocs = files.filter((file) => file.doc !== null);
  const named = new Set(withDocs.flatMap((file) => nestedResources(file.doc).map((n) => fileForUrl(n.url, files)).filter((f) => f !== null && f !== file)));
  if (withDocs.length === 0 || withDocs.some((file) => !named.has(file))) return null;
  const path: ParsedFile[] = [];
  for (let file: ParsedFile | null = withDocs[0] ?? null; file !== null; file = childOf(file)) {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    path.push(file);
  }
  return null;
}
