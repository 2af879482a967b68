/**
 * Turns imported files into a world, or into every problem with its place: one template or several (a bundle of
 * stacks), an optional parameter file, a saved session document, or a lesson (told by its shape: steps and the
 * scenario it plays on; the lesson loader then validates it). Never throws; never touches the store.
 */
import { LIMITS, limitText, type ScenarioSpec } from '../../engine';
import { IssueSink, loadBundle, parseParameterFile, parseTemplateText, type ScenarioIssue } from '../../scenario';
import type { ScenarioMeta } from '../../store';
import type { NamedText } from './readFiles';

export type ImportResult =
  | { readonly kind: 'world'; readonly spec: ScenarioSpec; readonly meta: Partial<ScenarioMeta> }
  | { readonly kind: 'session'; readonly doc: unknown; readonly source: string }
  | { readonly kind: 'lesson'; readonly file: NamedText }
  | { readonly kind: 'failed'; readonly errors: readonly ScenarioIssue[]; readonly warnings: readonly ScenarioIssue[] };

function issue(file: string | undefined, message: string): ScenarioIssue {
  return { severity: 'error', resource: 'Import', path: '', message, ...(file ? { file } : {}) };
}

/** A JSON file that says it is a session is opened as one (the file "Copy link" would otherwise carry). */
function sessionDocument(files: readonly NamedText[]): unknown {
  if (files.length !== 1 || !files[0]) return undefined;
  try {
    const parsed: unknown = JSON.parse(files[0].text);
    const isSession = typeof parsed === 'object' && parsed !== null && (parsed as { format?: unknown }).format === 'ecs-orchestra-session';
    return isSession ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A lesson file, by its shape: a list of steps and the scenario they play on, and no template's Resources. */
export function isLessonText(text: string): boolean {
  const doc = parseTemplateText(text, new IssueSink());
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const fields = doc as Record<string, unknown>;
  return Array.isArray(fields.steps) && 'scenario' in fields && !('Resources' in fields);
}

export function importWorld(files: readonly NamedText[], parameterFile: NamedText | null): ImportResult {
  if (files.length === 0) return { kind: 'failed', errors: [issue(undefined, 'Choose at least one template file.')], warnings: [] };
  const unread = [...files, ...(parameterFile ? [parameterFile] : [])].filter((file) => file.unreadBytes !== undefined);
  if (unread.length > 0) {
    const errors = unread.map((file) => issue(file.name, `The file is ${(file.unreadBytes ?? 0).toLocaleString('en-US')} bytes, so it was not read: ${limitText(LIMITS.importFileBytes)}.`));
    return { kind: 'failed', errors, warnings: [] };
  }
  const session = sessionDocument(files);
  if (session !== undefined && files[0]) return { kind: 'session', doc: session, source: files[0].name };
  if (files.length === 1 && files[0] && isLessonText(files[0].text)) return { kind: 'lesson', file: files[0] };
  let parameters: Record<string, string> | undefined;
  let stackParameters: Record<string, Record<string, string>> | undefined;
  const warnings: ScenarioIssue[] = [];
  if (parameterFile) {
    const read = parseParameterFile(parameterFile.text, parameterFile.name);
    if (!read.ok) return { kind: 'failed', errors: read.errors, warnings: read.warnings };
    parameters = read.parameters;
    stackParameters = read.stacks;
    warnings.push(...read.warnings);
  }
  try {
    const result = loadBundle(files, { ...(parameters ? { parameters } : {}), ...(stackParameters ? { stackParameters } : {}), ...(parameterFile ? { parameterWarningsFor: parameterFile.name } : {}) });
    if (!result.ok) return { kind: 'failed', errors: result.errors, warnings: [...warnings, ...result.warnings] };
    const source = files.length === 1 && files[0] ? files[0].name : `${files.length} files`;
    return {
      kind: 'world',
      spec: result.spec,
      meta: { warnings: [...warnings, ...result.warnings], notSimulated: result.notSimulated, source, defaultTraffic: result.defaultTraffic },
    };
  } catch (error) {
    return { kind: 'failed', errors: [issue(undefined, `The files could not be loaded: ${error instanceof Error ? error.message : String(error)}`)], warnings };
  }
}
