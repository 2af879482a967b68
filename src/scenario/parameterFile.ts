/**
 * Parameter files in the three shapes the AWS CLI reads:
 *   `[{"ParameterKey": "K", "ParameterValue": "V"}]`  (create-stack --parameters file://...)
 *   `{"Parameters": {"K": "V"}}`                       (deploy, as Copilot and CodePipeline write it)
 *   `["K=V"]`                                         (deploy --parameter-overrides)
 * in JSON or YAML. Values are strings, as CloudFormation's are; numbers and booleans are taken as written.
 * The object shape may also give values to one stack of a bundle, by its stack name or file name:
 *   `{"Parameters": {"K": "V"}, "Stacks": {"orders": {"K": "V"}, "service.yaml": ["K=V"]}}`
 * (each stack's values in any of the three shapes); a stack's own values win over the file's `Parameters`.
 */
import { z } from '../zod';
import type { ScenarioIssue } from './issues';
import { IssueSink } from './issueSink';
import { isRecord, joinPath, nameMap } from './values';
import { parseTemplateText } from './yaml/templateText';
import { reportZodError, strict } from './zodIssues';

export type ParameterFileResult =
  | {
      readonly ok: true;
      readonly parameters: Record<string, string>;
      /** Values for one stack each, by stack name or file name. */
      readonly stacks: Record<string, Record<string, string>>;
      readonly warnings: ScenarioIssue[];
    }
  | { readonly ok: false; readonly errors: ScenarioIssue[]; readonly warnings: ScenarioIssue[] };

const RESOURCE = 'Parameters';
const SHAPES = 'a parameter file is [{"ParameterKey": "K", "ParameterValue": "V"}], {"Parameters": {"K": "V"}} or ["K=V"]';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const cliEntry = strict({
  ParameterKey: z.string().min(1),
  ParameterValue: scalar.optional(),
  UsePreviousValue: z.boolean().optional(),
  ResolvedValue: z.string().optional(),
}, 'A parameter entry');
// Tags and StackPolicy sit next to Parameters in `deploy` configuration files; they change nothing simulated.
const deployFile = strict({
  Parameters: z.record(z.string().min(1), scalar).optional(),
  Stacks: z.record(z.string().min(1), z.unknown()).optional(),
  Tags: z.record(z.string(), z.string()).optional(),
  StackPolicy: z.unknown().optional(),
}, 'A parameter file');

class Collected {
  readonly values = new Map<string, string>();
  readonly stacks = new Map<string, Collected>();
  constructor(private readonly sink: IssueSink) {}
  set(key: string, value: string | number | boolean, path: string): void {
    if (this.values.has(key)) this.sink.warn(RESOURCE, path, `Parameter ${key} is given twice; the last value, "${String(value)}", is used.`);
    this.values.set(key, String(value));
  }
}

function readCliEntries(items: readonly unknown[], sink: IssueSink, out: Collected): void {
  items.forEach((item, index) => {
    const path = `[${index}]`;
    const parsed = cliEntry.safeParse(item);
    if (!parsed.success) {
      reportZodError(parsed.error, item, { sink, resource: RESOURCE, path, subject: 'A parameter entry' });
      return;
    }
    const { ParameterKey: key, ParameterValue: value, UsePreviousValue: previous } = parsed.data;
    if (value !== undefined) out.set(key, value, path);
    else if (previous === true) sink.warn(RESOURCE, path, `UsePreviousValue: there is no previous stack in a simulation, so ${key} keeps its other value or Default.`);
    else sink.error(RESOURCE, path, `needs "ParameterValue" (or "UsePreviousValue": true) for ${key}`);
  });
}

function readOverrides(items: readonly unknown[], sink: IssueSink, out: Collected): void {
  items.forEach((item, index) => {
    const path = `[${index}]`;
    const eq = typeof item === 'string' ? item.indexOf('=') : -1;
    if (typeof item !== 'string' || eq <= 0) {
      sink.error(RESOURCE, path, `expected "Key=Value", got ${JSON.stringify(item)}`);
      return;
    }
    out.set(item.slice(0, eq), item.slice(eq + 1), path);
  });
}

function readList(doc: readonly unknown[], sink: IssueSink, out: Collected): void {
  if (doc.length > 0 && doc.every((item) => typeof item === 'string')) readOverrides(doc, sink, out);
  else if (doc.every(isRecord)) readCliEntries(doc, sink, out);
  else sink.error(RESOURCE, '', `${SHAPES}; this list mixes strings and other values`);
}

function readMap(map: Readonly<Record<string, unknown>>, path: string, sink: IssueSink, out: Collected): void {
  for (const [key, value] of Object.entries(map)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.set(key, value, joinPath(path, key));
    else sink.error(RESOURCE, joinPath(path, key), `expected a string, a number or a boolean, got ${JSON.stringify(value)}`);
  }
}

function read(doc: unknown, sink: IssueSink, out: Collected): void {
  if (Array.isArray(doc)) {
    readList(doc, sink, out);
    return;
  }
  if (isRecord(doc) && ('Parameters' in doc || 'Stacks' in doc)) {
    const parsed = deployFile.safeParse(doc);
    if (!parsed.success) {
      reportZodError(parsed.error, doc, { sink, resource: RESOURCE, path: '' });
      return;
    }
    // The file's own keys, not zod's copy, which leaves out `__proto__` (the unknown-parameter check must see it).
    if (isRecord(doc.Parameters)) readMap(doc.Parameters, 'Parameters', sink, out);
    if (isRecord(doc.Stacks)) {
      for (const [stack, values] of Object.entries(doc.Stacks)) {
        const own = new Collected(sink);
        out.stacks.set(stack, own);
        if (Array.isArray(values)) readList(values, sink, own);
        else if (isRecord(values) && isRecord(values.Parameters)) readMap(values.Parameters, joinPath(joinPath('Stacks', stack), 'Parameters'), sink, own);
        else if (isRecord(values)) readMap(values, joinPath('Stacks', stack), sink, own);
        else sink.error(RESOURCE, joinPath('Stacks', stack), `a stack's values are {"K": "V"}, [{"ParameterKey": "K", "ParameterValue": "V"}] or ["K=V"]`);
      }
    }
    return;
  }
  sink.error(RESOURCE, '', SHAPES);
}

/** Never throws; every issue names `fileName` when given. */
export function parseParameterFile(text: string, fileName?: string): ParameterFileResult {
  const sink = new IssueSink();
  const out = new Collected(sink);
  const doc = parseTemplateText(text, sink);
  if (!sink.hasErrors) read(doc, sink, out);
  const named = (issues: readonly ScenarioIssue[]): ScenarioIssue[] =>
    issues.map((issue) => (fileName === undefined ? issue : { ...issue, file: fileName }));
  if (sink.hasErrors) return { ok: false, errors: named(sink.errors), warnings: named(sink.warnings) };
  const stacks = nameMap<Record<string, string>>([...out.stacks].map(([stack, own]) => [stack, nameMap(own.values)]));
  return { ok: true, parameters: nameMap(out.values), stacks, warnings: named(sink.warnings) };
}
