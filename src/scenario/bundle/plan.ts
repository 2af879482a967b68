/**
 * Which stacks a bundle of files makes: a file is a root unless another file's `AWS::CloudFormation::Stack` names
 * it by its `TemplateURL` (templateUrl.ts: evaluated in the parent, matched by the longest path suffix); each Stack
 * resource naming a file is one nested stack, so a file named twice runs twice. Stack names: `Metadata.EcsOrchestra.stackName`, else the file
 * name without its extension; a nested stack's is its parent's run together with its logical ID.
 */
import type { IssueSink } from '../issueSink';
import type { SuppliedParameters } from '../parameters';
import { isRecord } from '../values';
import { lettersAndDigits } from './rename';
import { evaluatedUrl, literalUrl, matchUrl, passedParameters, probeContext, urlStrings } from './templateUrl';

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

/** The file a TemplateURL names by its literal text (no parameters known): the longest matching path suffix. */
export function fileForUrl(url: unknown, files: readonly ParsedFile[]): ParsedFile | null {
  const text = literalUrl(url);
  return text === null ? null : matchUrl(text, files).file;
}

export interface NestedResource {
  readonly logicalId: string;
  readonly url: unknown;
  readonly condition: string | null;
}

export function nestedResources(doc: Record<string, unknown> | null): NestedResource[] {
  if (!doc || !isRecord(doc.Resources)) return [];
  return Object.entries(doc.Resources).flatMap(([logicalId, raw]) => {
    if (!isRecord(raw) || raw.Type !== NESTED_STACK) return [];
    const props = isRecord(raw.Properties) ? raw.Properties : {};
    return [{ logicalId, url: props.TemplateURL, condition: typeof raw.Condition === 'string' ? raw.Condition : null }];
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

/** Parameter values of a stack of the plan, for evaluating its TemplateURLs: the root's given, a child's passed down. */
export type PlanValues = (file: ParsedFile, stackName: string, passed: SuppliedParameters | null) => SuppliedParameters;

const givenOnly: PlanValues = (_file, _name, passed) => passed ?? {};

/**
 * Roots in file order, each followed by its nested stacks (depth first), so a parent always comes before its children.
 * A file is a root unless some file's Stack resource names it (by its literal URL or as evaluated with defaults); a
 * nested stack's file is found by its URL evaluated in its parent, and one whose Condition is false is left out.
 */
export function planStacks(files: readonly ParsedFile[], valuesFor: PlanValues = givenOnly): StackPlan[] {
  const named = new Set<ParsedFile>();
  for (const file of files) {
    const probe = probeContext(file, rootStackName(file), valuesFor(file, rootStackName(file), null));
    for (const nested of nestedResources(file.doc)) {
      for (const url of [literalUrl(nested.url), evaluatedUrl(probe, nested.logicalId, nested.url), ...urlStrings(nested.url)]) {
        const child = url === null ? null : matchUrl(url, files).file;
        if (child && child !== file) named.add(child);
      }
    }
  }
  const plans: StackPlan[] = [];
  const visit = (plan: StackPlan, passed: SuppliedParameters | null, path: readonly ParsedFile[]): void => {
    plans.push(plan);
    const probe = probeContext(plan.file, plan.stackName, valuesFor(plan.file, plan.stackName, passed));
    for (const nested of nestedResources(plan.file.doc)) {
      // CloudFormation does not create a stack whose condition is false: nothing to say about it.
      if (nested.condition !== null && probe && probe.conditions.value(nested.condition) === false) continue;
      const where = `Properties.TemplateURL`;
      const url = evaluatedUrl(probe, nested.logicalId, nested.url);
      const match = url === null ? { file: null, alsoMatching: [] } : matchUrl(url, files);
      const child = match.file;
      if (!child) {
        plan.file.sink.warn(nested.logicalId, where, 'TemplateURL names no file of this bundle; the nested stack is listed as not simulated (add its template to the files).');
        continue;
      }
      if (match.alsoMatching.length > 0) {
        plan.file.sink.warn(nested.logicalId, where, `TemplateURL ${url ?? ''} matches ${[child, ...match.alsoMatching].map((f) => f.name).join(' and ')} equally; ${child.name} is used (give the files with their folders to tell them apart).`);
      }
      if (path.includes(child)) {
        plan.file.sink.error(nested.logicalId, where, `Circular nested stacks: ${[...path, child].map((f) => f.name).join(' → ')}`);
        continue;
      }
      const stackName = lettersAndDigits(plan.stackName) + nested.logicalId;
      const values = probe ? passedParameters(probe, nested.logicalId) : {};
      visit({ file: child, stackName, parent: plan, parentResource: nested.logicalId }, values, [...path, child]);
    }
  };
  for (const file of files) {
    if (!named.has(file)) visit(rootPlan(file), null, [file]);
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
