/** Where the bundled scenarios come from: files next to the page, so the built app works from any folder. */

export interface ScenarioEntry {
  readonly file: string;
  readonly title: string;
  readonly summary: string;
}

export interface ScenarioSource {
  list(): Promise<readonly ScenarioEntry[]>;
  /** The template text of one bundled file. */
  read(file: string): Promise<string>;
  /** The world the build loaded from that file (`<name>.world.json`), when it wrote one. */
  readWorld?(file: string): Promise<unknown>;
}

/** The build's loaded world of a bundled template (vite.config.ts writes one per file of public/scenarios). */
export function builtWorldFile(file: string): string {
  return `${file.replace(/\.(json|ya?ml)$/, '')}.world.json`;
}

export const DEFAULT_SCENARIO_FILE = 'default.json';

function isEntry(value: unknown): value is ScenarioEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.file === 'string' && typeof entry.title === 'string' && typeof entry.summary === 'string';
}

/**
 * A file next to the page, as text; what went wrong in a sentence (the URL and the answer). A web page where a file
 * was asked for is a file that is not there: hosts that serve a single-page app answer every unknown path with it,
 * and read as a template it would be reported as broken YAML.
 */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  if (response.headers.get('content-type')?.startsWith('text/html')) throw new Error(`${url} is not there (the server answered with a web page)`);
  return response.text();
}

export function fetchScenarioSource(folder = './scenarios/'): ScenarioSource {
  return {
    async list() {
      const parsed: unknown = JSON.parse(await fetchText(`${folder}index.json`));
      if (!Array.isArray(parsed) || !parsed.every(isEntry)) {
        throw new Error('scenarios/index.json is not a list of {file, title, summary}');
      }
      return parsed;
    },
    read: (file) => fetchText(`${folder}${encodeURIComponent(file)}`),
    readWorld: async (file) => JSON.parse(await fetchText(`${folder}${encodeURIComponent(builtWorldFile(file))}`)) as unknown,
  };
}
