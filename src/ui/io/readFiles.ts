/**
 * Files chosen, or dropped, for import: read as text, with folder paths kept in their names (a nested stack names
 * its child by relative path). Dropped folders are walked through the DataTransfer entries API.
 */
import { LIMITS } from '../../engine';

export interface NamedText {
  readonly name: string;
  readonly text: string;
  /** Set (to the file's size) when the file was too big to read: `text` is then empty. */
  readonly unreadBytes?: number;
}

/** What the import reads; other files in a chosen folder (README, images) are skipped. */
export const TEMPLATE_EXTENSIONS = ['.json', '.yaml', '.yml', '.template'] as const;
export const TEMPLATE_ACCEPT = TEMPLATE_EXTENSIONS.join(',');

export function isTemplateName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A picked file's path inside a chosen folder, else its name. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** Reads each file as text; one past the import limit is not read at all (see LIMITS.importFileBytes). */
export async function readTexts(files: readonly { readonly name: string; readonly file: File }[]): Promise<NamedText[]> {
  return Promise.all(files.map(async ({ name, file }) =>
    file.size > LIMITS.importFileBytes.value ? { name, text: '', unreadBytes: file.size } : { name, text: await file.text() }));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function directoryEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: { name: string; file: File }[], depth: number): Promise<void> {
  const name = prefix + entry.name;
  if (entry.isFile) {
    if (isTemplateName(entry.name)) out.push({ name, file: await entryFile(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory && depth < 8) {
    for (const child of await directoryEntries(entry as FileSystemDirectoryEntry)) await walk(child, `${name}/`, out, depth + 1);
  }
}

/** Every template file in a drop, folders included (their files named "folder/child.yaml"). */
export async function droppedFiles(data: DataTransfer): Promise<{ name: string; file: File }[]> {
  const out: { name: string; file: File }[] = [];
  const items = Array.from(data.items ?? []);
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.some((entry) => entry !== null)) {
    for (const entry of entries) if (entry) await walk(entry, '', out, 0);
    return out;
  }
  for (const file of Array.from(data.files)) if (isTemplateName(file.name)) out.push({ name: file.name, file });
  return out;
}
