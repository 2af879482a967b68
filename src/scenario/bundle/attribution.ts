/**
 * Every issue of a bundle names its file, and a renamed resource by the logical ID written in that file (the
 * message may still show the new ID, which is the one the simulation uses).
 */
import type { ScenarioIssue } from '../issues';
import type { IssueSink } from '../issueSink';
import { withoutExtension, type ParsedFile } from './plan';
import type { MergedScript, MergedSettings } from './settings';
import type { StackEntry } from './stacks';

function tag(issue: ScenarioIssue, file: string | undefined, resource = issue.resource, path = issue.path): ScenarioIssue {
  return file === undefined ? { ...issue, resource, path } : { ...issue, resource, path, file };
}

/** Issues raised while one stack was read: its file, original IDs, and its stack name when `named`. */
export function stackIssues(entry: StackEntry, issues: readonly ScenarioIssue[], named = false): ScenarioIssue[] {
  const back = new Map([...entry.renames].map(([original, renamed]) => [renamed, original]));
  return issues.map((issue) => {
    const tagged = tag(issue, entry.plan.file.name, back.get(issue.resource) ?? issue.resource);
    return named ? { ...tagged, stack: entry.plan.stackName } : tagged;
  });
}

/**
 * A stack's name goes on its issues when it is not plain from the file: a nested stack, a file that runs as several
 * stacks, or a stack whose name is not its file's.
 */
function namesStack(entry: StackEntry, entries: readonly StackEntry[]): boolean {
  if (entry.plan.parent !== null) return true;
  if (entries.filter((e) => e.plan.file === entry.plan.file).length > 1) return true;
  return entry.plan.stackName !== withoutExtension(entry.plan.file.name);
}

/** The same problem of one file found in several stacks (a template nested twice) is one issue naming every stack. */
function once(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  const byKey = new Map<string, ScenarioIssue>();
  for (const issue of issues) {
    const key = [issue.severity, issue.file ?? '', issue.resource, issue.path, issue.message].join('\u0000');
    const first = byKey.get(key);
    if (!first) byKey.set(key, issue);
    else if (issue.stack !== undefined && first.stack !== undefined && !first.stack.split(', ').includes(issue.stack)) {
      byKey.set(key, { ...first, stack: `${first.stack}, ${issue.stack}` });
    }
  }
  return [...byKey.values()];
}

/** Issues of the checks on the merged world: the owner of the resource, or the file of the script entry or setting. */
export function worldIssues(issues: readonly ScenarioIssue[], entries: readonly StackEntry[], merged: MergedSettings & MergedScript): ScenarioIssue[] {
  const owner = new Map<string, { file: string; original: string; stack: string | null }>();
  for (const entry of entries) {
    const back = new Map([...entry.renames].map(([original, renamed]) => [renamed, original]));
    const stack = namesStack(entry, entries) ? entry.plan.stackName : null;
    for (const resource of entry.template.resources) {
      if (!owner.has(resource.logicalId)) owner.set(resource.logicalId, { file: entry.plan.file.name, original: back.get(resource.logicalId) ?? resource.logicalId, stack });
    }
  }
  return issues.map((issue) => {
    if (issue.resource === 'Metadata.EcsOrchestra') {
      const script = /^script\[(\d+)\](.*)$/.exec(issue.path);
      const origin = script ? merged.scriptOrigin[Number(script[1])] : undefined;
      if (script && origin) return tag(issue, origin.file, issue.resource, `script[${origin.index}]${script[2] ?? ''}`);
      const key = issue.path.split(/[.[]/)[0] ?? '';
      return tag(issue, merged.from.get(key));
    }
    const found = owner.get(issue.resource);
    if (!found) return issue;
    const tagged = tag(issue, found.file, found.original);
    return found.stack === null ? tagged : { ...tagged, stack: found.stack };
  });
}

export function fileIssues(file: string, sink: IssueSink): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  return {
    errors: sink.errors.map((issue) => tag(issue, file)),
    warnings: sink.warnings.map((issue) => tag(issue, file)),
  };
}

/** Every issue of a bundle with its file: the files', the parameter file's, each stack's, then the merged world's. */
export function bundleIssues(
  parsed: readonly ParsedFile[],
  paramSink: IssueSink,
  entries: readonly StackEntry[],
  worldSink: IssueSink,
  merged: MergedSettings & MergedScript,
  paramFile: string | undefined,
): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  const errors: ScenarioIssue[] = [];
  const warnings: ScenarioIssue[] = [];
  for (const file of parsed) {
    const issues = fileIssues(file.name, file.sink);
    errors.push(...issues.errors);
    warnings.push(...issues.warnings);
  }
  warnings.push(...paramSink.warnings.map((issue) => (paramFile === undefined ? issue : { ...issue, file: paramFile })));
  for (const entry of entries) {
    const named = namesStack(entry, entries);
    errors.push(...stackIssues(entry, entry.sink.errors, named));
    warnings.push(...stackIssues(entry, entry.sink.warnings, named));
  }
  errors.push(...worldIssues(worldSink.errors, entries, merged));
  warnings.push(...worldIssues(worldSink.warnings, entries, merged));
  return { errors: once(errors), warnings: once(warnings) };
}
